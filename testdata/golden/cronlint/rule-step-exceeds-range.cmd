cronlint --disable all --enable step-exceeds-range lint/step-exceeds-range.crontab lint/step-exceeds-range.good.crontab
