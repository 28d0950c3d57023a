cronsim --dialect kubernetes -e '0 0 29 2 *' --tz UTC --from 2096-03-01 --count 3
