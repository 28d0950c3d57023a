cronexplain -f config/system/maintenance
