cronsim --dialect supercronic sim/supercronic.crontab --tz UTC --from 2026-03-13T09:00 -n 4 --format jsonl
