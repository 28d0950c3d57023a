cronexplain -f embedded/k8s/cronjobs.yaml -f embedded/k8s/chart-cronjob.yaml
