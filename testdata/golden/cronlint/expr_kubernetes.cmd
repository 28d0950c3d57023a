cronlint --no-config --dialect kubernetes --expr '0 30 9 * * *' --expr '0 9 * * 1-5'
