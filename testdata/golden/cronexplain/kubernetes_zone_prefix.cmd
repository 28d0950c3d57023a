cronexplain --dialect kubernetes --next 3 --tz UTC --from 2026-03-28T00:00 'TZ=Europe/Berlin 30 2 * * *' 'CRON_TZ=Local 0 0 * * *'
