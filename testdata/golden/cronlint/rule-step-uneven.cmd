cronlint --disable all --enable step-uneven lint/step-uneven.crontab lint/step-uneven.good.crontab
