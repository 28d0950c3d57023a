cronexplain --dialect dagster '0 0 * * * 30' '0 0 30 2 *' '0 0 15w * *' '0 9 * * 1-5'
