cronlint --dialect supercronic --expr '0 0 * * 5#3' --expr '0 30 9 * * * 2027'
