cronlint embedded/k8s/local-time.yaml
