cronlint lint/user-unknown.good.crontab --disable all --enable user-unknown --check-paths --root lint/root
