#!/usr/bin/env bash
# Builds the quartz dialect's differential oracle: quartz_oracle/QuartzOracle.java compiled
# against Debian's packaged Quartz (libquartz2-java, /usr/share/java/quartz2.jar), and a launcher
# script that runs it. Needs the packages libquartz2-java and default-jdk-headless; installs
# nothing itself (.ci/run installs them).
# Usage: build_quartz_oracle.sh OUTPUT   (OUTPUT: the launcher; its classes go to OUTPUT.classes/)
set -euo pipefail
out=$(realpath -m "${1:?usage: build_quartz_oracle.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
jar=/usr/share/java/quartz2.jar
command -v javac >/dev/null || { echo "build_quartz_oracle.sh: no javac (apt-get install default-jdk-headless)" >&2; exit 1; }
[ -f "$jar" ] || { echo "build_quartz_oracle.sh: no $jar (apt-get install libquartz2-java)" >&2; exit 1; }
mkdir -p "$out.classes"
javac -d "$out.classes" -cp "$jar" "$here/quartz_oracle/QuartzOracle.java"
# Quartz logs through SLF4J, which is not needed to parse or compute; the class path is Quartz's
# jar alone. -Xshare:auto and a small heap keep the start-up short.
cat >"$out" <<LAUNCHER
#!/bin/sh
exec java -Xshare:auto -Xmx256m -cp "$jar:$out.classes" QuartzOracle
LAUNCHER
chmod +x "$out"
echo "built $out with $(javac -version 2>&1) and $(dpkg-query -W -f='${Package} ${Version}' \
  libquartz2-java 2>/dev/null || echo "$jar")"
