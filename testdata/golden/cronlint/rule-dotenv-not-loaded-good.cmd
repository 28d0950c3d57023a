cronlint lint/dotenv-not-loaded.good.crontab --disable all --enable dotenv-not-loaded --check-paths --root lint/root
