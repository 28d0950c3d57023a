cronlint --no-config --dialect spring --expr '30 9 * * *' --expr '0 30 9 * * *' --tz America/New_York --expr '0 30 1 * * *'
