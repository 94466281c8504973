#!/usr/bin/env bash
# Builds what is needed and starts the whole system: the shop on http://localhost:${PORT:-8080}/ and the
# back office on /admin/. With no DB_URL it keeps an embedded database under ./data/ and loads the demo
# data into it the first time. Stop with Ctrl-C; a second start keeps the data.
set -euo pipefail
cd "$(dirname "$0")"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

pick_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        local major; major=$(java_major "$candidate/bin/java")
        if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then echo "$candidate"; return 0; fi
    done
    return 1
}

JAVA_HOME=$(pick_jdk) || { echo "run.sh: Longyuan Market needs a JDK 21 or newer; set JAVA_HOME to one." >&2; exit 1; }
export JAVA_HOME

# the Maven wrapper: a JDK is all a new machine needs (it fetches the Maven version .mvn/wrapper names)
./mvnw -B -q -DskipTests package

runtime=app/target/runtime
# alone: no data grid, sessions in memory; CLUSTER=true: a member of a Payara Micro cluster (README, "Scaling out")
cluster=(--nohazelcast --prebootcommandfile "$runtime/pre-boot-alone.asadmin")
if [ "${CLUSTER:-false}" = "true" ]; then cluster=(--prebootcommandfile "$runtime/pre-boot.asadmin" ${CLUSTER_OPTS:-}); fi
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$runtime/payara-micro.jar" "${cluster[@]}" \
    --port "${PORT:-8080}" \
    --postbootcommandfile "$runtime/post-boot.asadmin" \
    --deploy "$runtime/shop-web.war:/" \
    --deploy "$runtime/cooperative-admin.war:/admin"
