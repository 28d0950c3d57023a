cronexplain --dialect airflow '0 0 */2 * 1' '0 0 1-7 * 1' '0 9 */1 * 1' '5-5 * * * *' '0 0 5-3 * *' '@quarterly' '@Daily' '0 0 * * l5' '0 0 15w * *' '0 0 * * 0 0 2027'
