cronexplain --dialect quartz '0 0 9 ? * MON-FRI' --next 5 --tz UTC --from 2026-01-01
