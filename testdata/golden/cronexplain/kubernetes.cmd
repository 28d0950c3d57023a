cronexplain --dialect kubernetes '0 0 */2 * 1' '0 0 1-7 * 1' '0 0 ? * 1' '+5 007 1,,2 * *' '*/15 9-17 * jan-mar MON-FRI' '@weekly' 'TZ=Europe/Berlin 30 2 * * *' '0 0 30 2 *'
