cronlint lint/no-overlap-lock.crontab --disable all --enable no-overlap-lock
