cronlint --format json --expr '0 0 1-7 * 1' --expr '61 * * * *'
