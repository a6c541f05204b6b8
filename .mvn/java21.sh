# Sourced by ./mvnw and ./run. Vaadin 25 and Spring Boot 4 need Java 21 or newer. When JAVA_HOME is unset or
# older, use the newest JDK 21+ found under /usr/lib/jvm, so that the README's two commands work on a fresh
# machine whose default java is 17. An explicit JAVA_HOME 21+ always wins.
uf_java_ok() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! uf_java_ok "$JAVA_HOME/bin/java"; then
  if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1 && uf_java_ok java; then :; else
    for uf_jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
      if [ -x "${uf_jdk}bin/java" ] && uf_java_ok "${uf_jdk}bin/java"; then export JAVA_HOME="${uf_jdk%/}"; break; fi
    done
  fi
fi
