cronsim --dialect azure -e '0 0 9 * * 1' --from 2026-01-01 --count 2
