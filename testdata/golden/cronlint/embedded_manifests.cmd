cronlint embedded/k8s/cronjobs.yaml embedded/k8s/crlf.yaml embedded/k8s/chart-cronjob.yaml embedded/k8s/cronjob.manifest
