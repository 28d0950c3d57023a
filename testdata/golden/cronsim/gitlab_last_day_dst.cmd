cronsim --dialect gitlab -e '0 0 L * *' --tz Europe/Berlin --from 2024-03-01 --count 2
