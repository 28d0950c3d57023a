cronsim -e '15 2 * * *' -e '*/10 * * * *' --tz Australia/Lord_Howe --from '2026-10-04 01:40' --to '2026-10-04 02:50'
