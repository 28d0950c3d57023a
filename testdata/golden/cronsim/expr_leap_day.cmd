cronsim -e '0 12 29 2 *' --from 2026-01-01 --count 3
