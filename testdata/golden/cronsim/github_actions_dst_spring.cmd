cronsim --dialect github-actions -e '30 2 * * *' -e '30 1 * * *' --tz America/New_York --from 2026-03-07T00:00 --to 2026-03-10
