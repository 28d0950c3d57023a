CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=root
cronrun --dry-run --dialect busybox --daemon-env run/busybox/crond.env run/busybox/root:7
