cronsim -e '30 2 * * *' -e '*/30 * * * *' -e '0 0-23 * * *' --tz America/New_York --from '2026-03-08 00:45' --to '2026-03-08 04:00'
