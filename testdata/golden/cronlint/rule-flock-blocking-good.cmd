cronlint lint/flock-blocking.good.crontab --disable all --enable flock-blocking
