cronlint --no-config --dialect cloud-scheduler --tz Europe/Berlin --expr '30 2 * * *' --expr '0 0 1-7 * 1'
