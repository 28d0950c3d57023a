cronlint --no-config --dialect azure --tz America/New_York --expr '0 30 2 * * *'
