cronsim sim/no_newline.crontab --from 2026-03-01 --to 2026-03-02
