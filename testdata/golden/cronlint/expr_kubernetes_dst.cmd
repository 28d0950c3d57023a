cronlint --no-config --dialect kubernetes --tz America/New_York --expr '30 2 * * *' --expr '30 1 * * *' --expr 'CRON_TZ=Europe/London 30 1 * * *'
