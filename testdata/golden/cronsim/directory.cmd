cronsim --tz UTC --from 2026-03-01T00:00:00Z --count 8 sim
