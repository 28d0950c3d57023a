cronlint --disable all --enable step-zero lint/step-zero.crontab lint/step-zero.good.crontab
