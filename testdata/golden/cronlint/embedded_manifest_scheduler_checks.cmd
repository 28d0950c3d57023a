cronlint --no-config embedded/k8s/scheduler-checks.yaml
