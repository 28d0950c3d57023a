cronexplain --format json -f embedded/k8s/cronjob.manifest
