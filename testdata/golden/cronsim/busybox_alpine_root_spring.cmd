cronsim --dialect busybox sim/busybox_root.crontab --tz America/New_York --from '2026-03-08 00:00' --to '2026-03-08 04:00'
