cronlint lint/script-no-shebang.crontab --disable all --enable script-no-shebang --check-paths --root lint/root
