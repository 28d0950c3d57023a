cronsim --dialect prefect-day-or-false -e '0 0 */2 * 1' -e '30 9 1-7 * fri' --tz America/Chicago --from 2026-03-01T00:00 --to 2026-04-10T00:00
