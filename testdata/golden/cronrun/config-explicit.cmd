CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --dry-run --config config/invalid/cronkit.toml secrets/jobs.crontab:3
