cronexplain --dialect kubernetes '0 30 9 * * *' '0 0 * * 7' '0 0 * * monday' '0 0 L * *' '@reboot' 'CRON_TZ=UTC' 'TZ=Mars/Base 0 0 * * *' '@every 1h'
