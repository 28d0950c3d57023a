cronlint --dialect dagster --expr '0 0 30 2 *' --expr '0 0 */2 * 1'
