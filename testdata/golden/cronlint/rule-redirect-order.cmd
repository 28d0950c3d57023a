cronlint lint/redirect-order.crontab --disable all --enable redirect-order
