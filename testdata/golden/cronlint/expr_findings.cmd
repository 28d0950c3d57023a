cronlint --tz America/New_York --expr '0 0 1-7 * 1' --expr '30 2 * * *' --expr '0 0 31 2 *'
