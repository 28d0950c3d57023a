cronlint --disable all --enable dst-transition-time lint/dst-transition-time.crontab lint/dst-transition-time.good.crontab
