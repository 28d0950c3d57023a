cronlint --fail-on warning --disable all --enable dow-sunday-7 lint/dow-sunday-7.crontab
