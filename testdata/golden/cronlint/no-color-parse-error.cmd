NO_COLOR=1
cronlint --color=auto --disable all --enable hour-out-of-range tools/parse-error.crontab
