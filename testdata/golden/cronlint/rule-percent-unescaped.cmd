cronlint lint/percent-unescaped.crontab --disable all --enable percent-unescaped
