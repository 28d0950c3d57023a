cronlint --disable all --enable command-too-long lint/command-too-long.crontab lint/command-too-long.good.crontab
