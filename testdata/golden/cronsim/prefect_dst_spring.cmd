cronsim --dialect prefect -e '30 2 * * *' -e '0 * * * *' --tz America/New_York --from 2026-03-08T00:00 --to 2026-03-08T05:00
