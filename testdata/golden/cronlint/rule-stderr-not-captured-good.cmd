cronlint lint/stderr-not-captured.good.crontab --disable all --enable stderr-not-captured
