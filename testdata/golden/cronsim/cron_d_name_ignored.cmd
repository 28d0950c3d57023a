cronsim sim/cron.d/backup.sh sim/cron.d/backup --from 2026-03-02 --to 2026-03-02T12:00Z
