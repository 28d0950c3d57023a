cronexplain --dialect bsd --next 3 --tz America/New_York --from 2026-03-07T12:00 '30 2 * * *' '30 1 * * *'
