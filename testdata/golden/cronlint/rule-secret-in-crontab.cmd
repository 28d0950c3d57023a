cronlint lint/secret-in-crontab.crontab --disable all --enable secret-in-crontab
