cronlint --disable all --enable step-without-range lint/step-without-range.crontab lint/step-without-range.good.crontab
