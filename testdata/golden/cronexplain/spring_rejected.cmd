cronexplain --dialect spring '0 9 * * 1' '0 60 9 * * *' '0 0 0 * * MONDAY' '0 0 0 L3 * *' '0 0 0 ? * 5#0' '@reboot'
