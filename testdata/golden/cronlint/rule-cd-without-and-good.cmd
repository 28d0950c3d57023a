cronlint lint/cd-without-and.good.crontab --disable all --enable cd-without-and
