cronrun --no-config --dialect quartz --dry-run -c 'echo hi'
