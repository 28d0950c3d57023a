cronlint --disable all --enable hardening --disable secret-in-crontab lint/no-overlap-lock.crontab
