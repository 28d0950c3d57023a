cronexplain --dialect quartz '0 0 9 ? * 1-5 *' --next 5 --tz UTC --from 2026-01-01
