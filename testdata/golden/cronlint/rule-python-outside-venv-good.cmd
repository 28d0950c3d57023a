cronlint lint/python-outside-venv.good.crontab --disable all --enable python-outside-venv --check-paths --root lint/root
