cronexplain -f embedded/sources/Jobs.java
