cronlint lint/tz-not-schedule.good.crontab --disable all --enable tz-not-schedule --dialect cronie
