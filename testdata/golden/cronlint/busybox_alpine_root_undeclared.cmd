cronlint --enable all --stdin-filename /etc/crontabs/root -
