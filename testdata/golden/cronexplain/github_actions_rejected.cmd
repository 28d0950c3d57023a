cronexplain --dialect github-actions '@daily' '0 0 ? * 1' '0 0 L * *' '0 9 * * * *'
