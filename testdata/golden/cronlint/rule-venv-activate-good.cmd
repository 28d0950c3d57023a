cronlint lint/venv-activate.good.crontab --disable all --enable venv-activate
