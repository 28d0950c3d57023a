cronlint --dialect cronie --expr '0 0 * * 5#3' --expr '@reboot'
