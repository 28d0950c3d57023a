cronsim sim/bad_line.crontab sim/nightly.crontab --from 2026-03-01T00:00Z --to 2026-03-01T02:00Z
