cronlint --no-config --dialect prefect-day-or-false --expr '0 0 */2 * 1'
