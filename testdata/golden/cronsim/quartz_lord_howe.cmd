cronsim --dialect quartz -e '0 0/15 * * * ?' --tz Australia/Lord_Howe --from 2026-04-05T01:00 --count 5
