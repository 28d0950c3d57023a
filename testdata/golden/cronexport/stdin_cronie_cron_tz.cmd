cronexport --no-config --dialect cronie --owner bob --from 2026-10-20 -
