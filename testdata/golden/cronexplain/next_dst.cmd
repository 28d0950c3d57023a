cronexplain --next 4 --tz America/New_York --from 2026-03-07T12:00 '30 2 * * *' '*/30 1-3 * * *' '0 0 31 2 *' '@reboot'
