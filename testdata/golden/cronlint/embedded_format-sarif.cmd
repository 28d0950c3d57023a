cronlint --format sarif embedded/repo/.github/workflows/nightly.yml embedded/k8s/cronjobs.yaml
