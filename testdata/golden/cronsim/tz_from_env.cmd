TZ=Asia/Kolkata
cronsim -e '0 12 * * *' --from 2026-07-01 --count 2
