cronsim - --from 2026-05-01 --to 2026-05-02
