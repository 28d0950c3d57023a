cronexplain --dialect gitlab '0 0 ? * 1' '0 6 * * * Europe/Berlin' '0 0 * * monday' '*/0 * * * *' '@reboot' '0 0 30 2 *' '0 0 1 1 * 2027' '0 0 * * 5L'
