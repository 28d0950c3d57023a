cronlint --no-config --dialect azure --expr '0 0 9 * * 7' --expr '0 0 9 * * 1'
