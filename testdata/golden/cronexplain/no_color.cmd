NO_COLOR=1
cronexplain --color=auto -f tools/parse-error.crontab
