cronexplain --compare debian,cronie,bsd,busybox,supercronic,systemd-cron --tz America/New_York --from 2026-03-01 '30 2 * * *' '30 1 * * *' '*/15 * * * *'
