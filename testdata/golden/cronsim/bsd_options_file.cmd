cronsim --dialect bsd sim/bsd_options.crontab --tz America/New_York --from '2026-03-07 00:00' --to '2026-03-09 00:00'
