cronlint lint/python-outside-venv.crontab --disable all --enable python-outside-venv --check-paths --root lint/root
