cronexplain -n 2 --from 2026-01-01 -f explain/cron.d/maintenance --dialect cronie
