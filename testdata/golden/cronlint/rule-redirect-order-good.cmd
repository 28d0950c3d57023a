cronlint lint/redirect-order.good.crontab --disable all --enable redirect-order
