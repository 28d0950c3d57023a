cronlint --kind github-workflow embedded/k8s/cronjobs.yaml
