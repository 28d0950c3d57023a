cronlint --disable all --enable dst-transition-time --tz America/New_York lint/dst-transition-time.crontab lint/dst-transition-time.good.crontab
