cronlint --dialect prefect --expr '5 4 R * *' --expr '0 0 1-7 * 1'
