cronlint --expr '* * * *' --expr '0 0 * * mon-fry' --expr '0 0 * * 5#3'
