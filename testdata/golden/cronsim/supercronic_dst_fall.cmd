cronsim --dialect supercronic sim/supercronic_dst.crontab --tz America/New_York --from 2026-10-31T12:00 --to 2026-11-02
