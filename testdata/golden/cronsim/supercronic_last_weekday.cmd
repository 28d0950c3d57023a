cronsim --dialect supercronic -e '0 0 LW * ?' --tz UTC --from 2026-01-01 -n 4
