cronlint --no-config --dialect kubernetes --expr '0 0 */2 * 1' --expr '0 0 1-7 * 1' --expr '0 0 29 2 *' --expr '0 0 30 2 *'
