cronsim -e '@reboot' --from 2026-03-01
