cronlint --no-config --dialect dagster --tz America/New_York --expr '30 2 * * *'
