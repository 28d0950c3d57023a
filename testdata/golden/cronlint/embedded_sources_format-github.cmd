cronlint --format github embedded/sources/Jobs.java embedded/sources/prefect/prefect.yaml
