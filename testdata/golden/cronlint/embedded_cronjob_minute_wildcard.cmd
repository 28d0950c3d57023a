cronlint embedded/k8s/minute-wildcard.yaml
