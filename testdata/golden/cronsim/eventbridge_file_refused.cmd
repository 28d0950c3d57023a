cronsim --dialect eventbridge sim/supercronic.crontab --tz UTC --from 2026-03-01 --count 3
