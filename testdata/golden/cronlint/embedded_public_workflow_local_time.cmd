cronlint embedded/public/knative__release/.github/workflows/knative-serving.yaml
