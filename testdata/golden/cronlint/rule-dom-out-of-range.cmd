cronlint --disable all --enable dom-out-of-range lint/dom-out-of-range.crontab lint/dom-out-of-range.good.crontab
