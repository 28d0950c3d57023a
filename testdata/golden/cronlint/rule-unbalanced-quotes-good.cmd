cronlint lint/unbalanced-quotes.good.crontab --disable all --enable unbalanced-quotes
