cronlint lint/venv-activate.crontab --disable all --enable venv-activate
