cronsim -e '@weekly' --tz Europe/London --from 2026-03-20 -n 3
