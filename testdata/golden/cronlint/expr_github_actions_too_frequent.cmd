cronlint --no-config --dialect github-actions --expr '*/2 * * * *'
