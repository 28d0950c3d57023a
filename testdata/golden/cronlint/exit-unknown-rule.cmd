cronlint --enable dom-dow-xor lint/mixed.crontab
