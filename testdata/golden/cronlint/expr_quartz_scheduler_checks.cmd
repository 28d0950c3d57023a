cronlint --no-config --dialect quartz --expr '0 0 9 ? * 1-5' --expr '0 0 0 31 4 ?'
