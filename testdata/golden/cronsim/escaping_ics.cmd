cronsim sim/escaping.crontab --from 2026-06-01 --to 2026-06-02 --format ics
