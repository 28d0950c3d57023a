cronexplain --no-config -f config/system/maintenance
