cronsim walk/repo --tz UTC --from 2026-03-27T00:00:00Z --to 2026-03-30T12:00:00Z
