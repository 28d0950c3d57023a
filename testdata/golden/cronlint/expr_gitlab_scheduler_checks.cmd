cronlint --no-config --dialect gitlab --tz America/New_York --expr '0 0 */2 * 1' --expr '0 0 */2 * 1&' --expr '30 2 * * *'
