cronlint --no-config --dialect kubernetes --tz Australia/Lord_Howe --expr '0 2 * * *' --expr '45 1 * * *' --expr '0 9 * * *' --expr '30 9 * * *'
