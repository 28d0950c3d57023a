cronexplain --dialect prefect-day-or-false '0 0 1-7 * 1' '0 0 */2 * 1'
