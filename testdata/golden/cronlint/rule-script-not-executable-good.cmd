cronlint lint/script-not-executable.good.crontab --disable all --enable script-not-executable --check-paths --root lint/root
