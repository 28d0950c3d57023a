cronsim sim/no_newline.crontab --dialect cronie --from 2026-03-01 --to 2026-03-02
