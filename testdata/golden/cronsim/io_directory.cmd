cronsim --tz UTC --from 2026-03-01 --count 4 examples
