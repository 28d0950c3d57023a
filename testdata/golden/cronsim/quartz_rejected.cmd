cronsim --dialect quartz -e '0 0 9 * * 1-5' --tz UTC --from 2026-01-01 --count 3
