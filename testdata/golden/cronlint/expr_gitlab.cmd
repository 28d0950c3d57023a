cronlint --no-config --dialect gitlab --expr '0 0 ? * 1' --expr '0 9 * * 1-5' --expr '*/0 * * * *'
