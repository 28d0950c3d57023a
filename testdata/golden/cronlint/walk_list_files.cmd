cronlint --list-files walk/repo walk/repo/.github/workflows/nightly.yml embedded/k8s/cronjobs.yaml
