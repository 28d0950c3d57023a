cronlint embedded/public/jhipster__jhipster-sample-app/src/main/java/io/github/jhipster/sample/service/UserService.java
