cronsim --dialect airflow -e '0 0 */2 * 1' --from 2026-01-01T00:00 -n 4
