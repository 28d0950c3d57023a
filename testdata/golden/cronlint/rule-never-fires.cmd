cronlint --disable all --enable never-fires lint/never-fires.crontab lint/never-fires.good.crontab
