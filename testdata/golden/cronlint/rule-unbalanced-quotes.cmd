cronlint lint/unbalanced-quotes.crontab --disable all --enable unbalanced-quotes
