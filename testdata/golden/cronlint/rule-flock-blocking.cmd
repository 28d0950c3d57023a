cronlint lint/flock-blocking.crontab --disable all --enable flock-blocking
