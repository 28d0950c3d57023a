cronsim --dialect github-actions -e '*/2 9 * * 1' --from 2026-03-09 --count 3
