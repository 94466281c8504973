#!/usr/bin/env bash
# Measures the anonymous catalogue pages of a running system (./run.sh in another terminal, or any base URL):
#   bench/catalog.sh [base-url]          e.g. bench/catalog.sh http://localhost:8080/
# CLIENTS and REQUESTS set the concurrent buyers and the requests each makes per page. Needs a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" -Dclients="${CLIENTS:-8}" -Drequests="${REQUESTS:-100}" CatalogBench.java "${1:-http://localhost:8080/}"
