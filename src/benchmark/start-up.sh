#!/usr/bin/env bash
# Start-up to the first answered request: a first start (fresh data directory: initdb,
# migrations, demo data) and a restart, from the compiled classes with the embedded
# PostgreSQL, as spring-boot:run runs the application but with the JIT at full strength;
# optionally interleaved with spring-petclinic's jar on its own PostgreSQL.
#
#   ./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
#   src/benchmark/start-up.sh                                   # ours alone
#   src/benchmark/start-up.sh PETCLINIC_JAR PETCLINIC_JDBC_URL  # and PetClinic
#
# Each run prints the milliseconds from launching java to the first answer (GET /login;
# PetClinic: GET /owners/1) and the JVM's CPU seconds (user + system, /proc) at that moment,
# which another load on the machine moves less than the wall clock; the last lines are the
# medians. N: rounds (3), PORT: ours (8092), PC_PORT: PetClinic's (8093), DATA: our data
# directory (a temporary one). PetClinic runs with profile postgres; give it a database of
# its own (a fresh one is what its first start sees). Linux only (/proc).
set -euo pipefail
N=${N:-3} PORT=${PORT:-8092} PC_PORT=${PC_PORT:-8093}
PC_JAR=${1:-} PC_URL=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$root/target/classpath.txt" ] || { echo "build target/classpath.txt first (see the header)" >&2; exit 1; }
cp="$root/target/classes:$(cat "$root/target/classpath.txt")"
DATA=${DATA:-$(mktemp -d)}
results=$(mktemp)

# Launches java "$@", waits for the first 2xx/3xx answer of URL $1 and prints "ms cpu-seconds".
measure() {
	local url=$1 log=$2
	shift 2
	local t0 pid stat cpu
	t0=$(date +%s%N)
	java -Xmx512m "$@" >"$log" 2>&1 &
	pid=$!
	until curl -s -o /dev/null -w '%{http_code}' "$url" | grep -q '^[23]'; do
		kill -0 "$pid" 2>/dev/null || { echo "failed to start, see $log" >&2; exit 1; }
		sleep 0.1
	done
	local ms=$((($(date +%s%N) - t0) / 1000000))
	stat=$(sed 's/.*) //' "/proc/$pid/stat")
	cpu=$(echo "$stat" | awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($12 + $13) / tck }')
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	echo "$ms $cpu"
}

ours() {
	SERVER_PORT=$PORT APP_DATA_DIR=$DATA measure "http://127.0.0.1:$PORT/login" "$DATA.log" \
		-cp "$cp" dk.peerstoette.PeerstoetteApplication
}

for round in $(seq "$N"); do
	if [ -n "$PC_JAR" ]; then
		echo "petclinic $(measure "http://127.0.0.1:$PC_PORT/owners/1" "$DATA.petclinic.log" -jar "$PC_JAR" \
			--server.port="$PC_PORT" --spring.profiles.active=postgres --spring.datasource.url="$PC_URL")" |
			tee -a "$results"
	fi
	rm -rf "$DATA" && mkdir -p "$DATA"
	echo "first-start $(ours)" | tee -a "$results"
	echo "restart $(ours)" | tee -a "$results"
done
# Medians of each kind: wall-clock ms and CPU seconds.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
for kind in petclinic first-start restart; do
	runs=$(grep -c "^$kind " "$results" || true)
	[ "$runs" -gt 0 ] || continue
	echo "median $kind: $(grep "^$kind " "$results" | cut -d' ' -f2 | median) ms," \
		"$(grep "^$kind " "$results" | cut -d' ' -f3 | median) s CPU ($runs runs)"
done
rm -f "$results"
