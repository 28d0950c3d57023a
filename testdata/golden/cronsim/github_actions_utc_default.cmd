cronsim --dialect github-actions -e '0 9 * * 1-5' --from 2026-03-06 --count 3
