cronlint --kind kubernetes-manifest --expr "0 * * * *"
