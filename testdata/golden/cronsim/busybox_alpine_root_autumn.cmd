cronsim --dialect busybox sim/busybox_root.crontab --tz America/New_York --from '2026-11-01 00:00' --to '2026-11-01 03:00'
