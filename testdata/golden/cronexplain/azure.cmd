cronexplain --dialect azure '0 */5 * * * *' '0 30 9 * * 1-5' '0 0 0 1-7 * 1' '0 0 */2 * 1' '0 30 9 * Jan Mon'
