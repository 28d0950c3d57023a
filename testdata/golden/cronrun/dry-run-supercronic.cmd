CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --dry-run --dialect supercronic --daemon-env run/busybox/crond.env run/supercronic.crontab:4
