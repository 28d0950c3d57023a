cronsim --dialect spring -e '0 0 0 31W * ?' --tz UTC --from 2020-01-01 --count 4
