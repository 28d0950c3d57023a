cronlint lint/tz-not-schedule.crontab --disable all --enable tz-not-schedule
