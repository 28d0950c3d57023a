cronsim sim/nightly.crontab sim/collisions.crontab --load --tz America/New_York --from 2026-03-02 --to 2026-03-09
