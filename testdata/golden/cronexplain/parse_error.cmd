cronexplain -f tools/parse-error.crontab
