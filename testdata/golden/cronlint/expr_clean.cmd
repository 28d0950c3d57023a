cronlint --expr '*/5 * * * *'
