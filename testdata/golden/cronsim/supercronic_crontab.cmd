cronsim --dialect supercronic sim/supercronic.crontab --tz UTC --from 2026-03-01 --to 2026-03-21
