cronlint lint/env-inline-comment.good.crontab --disable all --enable env-inline-comment
