cronlint lint/user-unknown.crontab --disable all --enable user-unknown --check-paths --root lint/root
