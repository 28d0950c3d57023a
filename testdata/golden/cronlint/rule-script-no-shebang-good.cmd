cronlint lint/script-no-shebang.good.crontab --disable all --enable script-no-shebang --check-paths --root lint/root
