cronsim --dialect cronie sim/cron.d/backup.sh --from 2026-03-02 --to 2026-03-04
