cronlint lint/log-path-unwritable.crontab --disable all --enable log-path-unwritable --check-paths --root lint/root
