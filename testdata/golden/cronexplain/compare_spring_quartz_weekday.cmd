cronexplain --compare quartz,spring --tz UTC --from 2026-01-01 '0 0 0 ? * 5L'
