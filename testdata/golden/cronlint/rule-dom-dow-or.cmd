cronlint --disable all --enable dom-dow-or lint/dom-dow-or.crontab lint/dom-dow-or.good.crontab
