cronlint --disable all --enable non-ascii-character lint/non-ascii-character.crontab lint/non-ascii-character.good.crontab
