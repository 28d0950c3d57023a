cronlint --disable all --enable hour-out-of-range tools/parse-error.crontab
