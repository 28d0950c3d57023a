cronsim --dialect kubernetes -e 'TZ=Australia/Lord_Howe 0 2 * * *' -e 'TZ=Australia/Lord_Howe */15 1 * * *' --tz UTC --from 2026-04-03T12:00 --to 2026-04-06T00:00
