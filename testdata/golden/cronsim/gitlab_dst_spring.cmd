cronsim --dialect gitlab -e '30 2 * * *' --tz America/New_York --from 2026-03-07 --count 3
