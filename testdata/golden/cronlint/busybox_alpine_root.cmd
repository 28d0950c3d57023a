cronlint --dialect busybox --enable all --stdin-filename /etc/crontabs/root -
