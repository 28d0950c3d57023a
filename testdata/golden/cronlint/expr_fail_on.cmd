cronlint --fail-on error --expr '0 0 1-7 * 1'
