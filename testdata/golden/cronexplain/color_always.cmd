cronexplain --color=always -f tools/parse-error.crontab
