cronsim --dialect systemd-cron -e '0 0 1 * 1' -e '@weekly' --tz UTC --from '2026-05-01 00:00' --count 6
