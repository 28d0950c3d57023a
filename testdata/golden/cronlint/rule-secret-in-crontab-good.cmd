cronlint lint/secret-in-crontab.good.crontab --disable all --enable secret-in-crontab
