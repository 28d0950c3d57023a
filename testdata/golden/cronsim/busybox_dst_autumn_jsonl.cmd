cronsim --dialect busybox -e '30 1 * * *' -e '*/20 1 * * *' --tz America/New_York --from '2026-11-01 00:00' --to '2026-11-01 03:00' --format jsonl
