cronlint lint/log-path-unwritable.good.crontab --disable all --enable log-path-unwritable --check-paths --root lint/root
