CRONKIT_SYSTEM_ROOT=run/root
cronrun --dry-run --dialect systemd-cron --system run/systemd-cron.crontab:4
