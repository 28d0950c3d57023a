cronlint --fix --expr '* * * * *'
