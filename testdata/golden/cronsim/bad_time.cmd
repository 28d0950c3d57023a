cronsim -e '* * * * *' --from 2026-02-30
