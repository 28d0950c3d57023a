cronlint --disable all --enable seconds-or-year-field lint/seconds-or-year-field.crontab lint/seconds-or-year-field.good.crontab
