cronsim -e '0 0 31 2 *' --from 2026-03-01
