cronlint --no-config --dialect spring --expr '0 9 * * 1' --expr '0 0 9 * * 1'
