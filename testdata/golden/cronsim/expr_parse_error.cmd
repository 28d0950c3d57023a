cronsim -e '61 * * * *' --from 2026-03-01
