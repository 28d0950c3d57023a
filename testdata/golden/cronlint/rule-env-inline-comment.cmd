cronlint lint/env-inline-comment.crontab --disable all --enable env-inline-comment
