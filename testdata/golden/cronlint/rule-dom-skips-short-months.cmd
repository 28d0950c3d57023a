cronlint --disable all --enable dom-skips-short-months lint/dom-skips-short-months.crontab lint/dom-skips-short-months.good.crontab
