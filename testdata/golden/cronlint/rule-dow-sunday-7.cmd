cronlint --disable all --enable dow-sunday-7 lint/dow-sunday-7.crontab lint/dow-sunday-7.good.crontab
