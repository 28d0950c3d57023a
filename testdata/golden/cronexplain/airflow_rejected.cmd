cronexplain --dialect airflow '0 30 9 * * *' '0 0 * * monday' '*/0 * * * *' '@once' '@continuous' 'r * * * *' '0 0 * * mon#2,tue' '1,,2 * * * *'
