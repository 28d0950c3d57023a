cronsim --dialect bsd -e '30 2 * * *' -e '*/15 * * * *' -e '0 * * * *' --tz America/New_York --from '2026-03-08 01:00' --to '2026-03-08 04:01'
