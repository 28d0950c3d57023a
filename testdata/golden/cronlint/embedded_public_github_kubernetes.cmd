cronlint embedded/public/18F__handbook/.github/workflows/stale.yml embedded/public/kubernetes__website/content/en/examples/application/job/cronjob.yaml
