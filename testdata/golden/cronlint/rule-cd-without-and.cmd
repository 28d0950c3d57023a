cronlint lint/cd-without-and.crontab --disable all --enable cd-without-and
