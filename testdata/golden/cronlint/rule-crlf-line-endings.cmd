cronlint --disable all --enable crlf-line-endings lint/crlf-line-endings.crontab lint/crlf-line-endings.good.crontab
