cronlint lint/stderr-not-captured.crontab --disable all --enable stderr-not-captured
