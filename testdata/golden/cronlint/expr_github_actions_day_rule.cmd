cronlint --no-config --dialect github-actions --expr '0 0 */2 * 1' --expr '0 0 1-7 * 1'
