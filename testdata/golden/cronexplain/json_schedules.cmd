cronexplain --format json '30 2 * * 1-5' '0 0 13 * 5' '0 0 31 2 *' '@reboot' '@weekly' '*/7 * * * *'
