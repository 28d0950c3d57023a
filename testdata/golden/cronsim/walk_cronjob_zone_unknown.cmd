cronsim walk/repo/k8s --from 2026-03-27T00:00:00Z --count 3
