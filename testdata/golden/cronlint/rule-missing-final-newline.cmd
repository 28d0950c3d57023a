cronlint --disable all --enable missing-final-newline lint/missing-final-newline.crontab lint/missing-final-newline.good.crontab
