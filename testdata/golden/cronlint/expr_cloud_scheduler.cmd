cronlint --no-config --dialect cloud-scheduler --expr '0 0 L * *' --expr '0 9 * * 1-5'
