CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --dry-run --no-config config/system/maintenance:2
