cronsim sim/bad_line.crontab --dialect cronie --from 2026-03-01 --to 2026-03-02
