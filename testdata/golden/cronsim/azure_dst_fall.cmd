cronsim --dialect azure -e '0 30 1 * * *' -e '0 */30 * * * *' --tz America/New_York --from 2026-11-01T00:15 --to 2026-11-01T02:45
