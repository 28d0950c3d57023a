cronexplain -f walk/repo --next 2 --tz UTC --from 2026-03-27T00:00:00Z
