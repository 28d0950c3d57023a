cronsim --dialect eventbridge -e 'rate(5 minutes)' --from 2026-01-01T10:02 --count 3
