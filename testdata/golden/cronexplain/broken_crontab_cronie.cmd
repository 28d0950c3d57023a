cronexplain --dialect cronie -f explain/broken.crontab
