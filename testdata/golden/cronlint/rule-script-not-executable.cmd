cronlint lint/script-not-executable.crontab --disable all --enable script-not-executable --check-paths --root lint/root
