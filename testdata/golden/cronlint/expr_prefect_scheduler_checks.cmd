cronlint --no-config --dialect prefect --tz America/New_York --expr '30 2 * * *' --expr '0 0 */2 * 1'
