cronsim -e '0 9 * * mon-fri' --tz Europe/Berlin --from 2026-03-27 --to 2026-03-31 --format ics
