cronlint lint/dotenv-not-loaded.crontab --disable all --enable dotenv-not-loaded --check-paths --root lint/root
