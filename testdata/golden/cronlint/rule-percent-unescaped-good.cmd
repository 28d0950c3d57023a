cronlint lint/percent-unescaped.good.crontab --disable all --enable percent-unescaped
