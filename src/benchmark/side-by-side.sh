#!/usr/bin/env bash
# Throughput of the three pages PetClinic has like ones, with security, scoping and the
# access log on, optionally side by side with a local spring-petclinic in the same run.
#
#   src/benchmark/side-by-side.sh http://127.0.0.1:8080                          # ours alone
#   src/benchmark/side-by-side.sh http://127.0.0.1:8080 http://127.0.0.1:8081    # and PetClinic
#
# Pages: /recipients as koordinator (PetClinic: /owners?lastName=), a recipient's page
# (/owners/1), and the quick entry's round trip, GET /contacts/new + POST /contacts as peer
# with 16 clients (GET + POST /owners/new). Needs wrk (apt-get install wrk), curl and a
# JDK 17+. W: warm-up seconds per page (120: on two cores this application's JIT needs
# minutes after a start before its pages run compiled), D: measured seconds (20), C: wrk connections
# (32). Run both applications with -Xmx512m on PostgreSQL over loopback, PetClinic on a
# fresh database (its form adds owners, and its list slows with them).
set -euo pipefail
US=${1:?"usage: $0 OUR_BASE_URL [PETCLINIC_BASE_URL]"}
PC=${2:-}
D=${D:-20} W=${W:-120} C=${C:-32}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }

# A Cookie header of a signed-in session (the sign-in form with its CSRF token).
session() {
	local jar csrf
	jar=$(mktemp)
	csrf=$(curl -s -c "$jar" -b "$jar" "$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$2" --data-urlencode password=demo \
		--data-urlencode "_csrf=$csrf" "$1/login"
	echo "Cookie: SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar")"
	rm -f "$jar"
}

# Requests per second, mean latency, and the CPU time the serving JVM spent per request
# (Linux: from /proc, so a busy machine changes it less than the rate) of one page under wrk.
rate() {
	local pid before
	pid=$(jvm "$1")
	before=$(cpu "$pid")
	wrk -t2 -c"$C" -d"${D}s" -H "$2" -H 'Accept: text/html' "$1" 2>/dev/null |
		awk -v before="$before" -v after_file="/proc/$pid/stat" -v hz="$(getconf CLK_TCK)" '
			/requests in/ { n = $1 } /Requests\/sec/ { r = $2 } /Latency/ { l = $2 } /Non-2xx/ { e = $NF }
			END {
				if ((getline line < after_file) > 0) { split(line, f, " "); cpu = (f[14] + f[15] - before) * 1000 / hz / n }
				printf "%8s req/s  mean latency %s%s", r, l, (e ? "  NOT 2xx: " e : "")
				if (cpu) printf "  JVM CPU %.2f ms/request", cpu
			}'
}

warm() {
	wrk -t2 -c16 -d"${W}s" -H "$2" -H 'Accept: text/html' "$1" >/dev/null 2>&1
}

jvm() { # the process that listens on the URL's port (Linux)
	local port
	port=$(echo "$1" | sed -n 's/.*:\([0-9]*\).*/\1/p')
	(ss -ltnpH "sport = :$port" 2>/dev/null || true) | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}

cpu() { # user and system clock ticks a process has used so far
	[ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

rss() { # resident memory of the JVM that listens on the URL's port, in MB (Linux)
	local pid
	pid=$(jvm "$1")
	[ -n "$pid" ] && awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status" || echo "?"
}

today=$(TZ=Europe/Copenhagen date +%F)
K=$(session "$US" koordinator)
rid=$(curl -s -H "$K" "$US/recipients" | grep -o 'href="/recipients/[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "warm-up: ${W} s per page"
warm "$US/recipients" "$K"
warm "$US/recipients/$rid" "$K"
if [ -n "$PC" ]; then
	warm "$PC/owners?lastName=" "X-Bench: 1"
	warm "$PC/owners/1" "X-Bench: 1"
fi
echo "list     ours      /recipients (koordinator)     $(rate "$US/recipients" "$K")"
[ -n "$PC" ] && echo "list     petclinic /owners?lastName=             $(rate "$PC/owners?lastName=" "X-Bench: 1")"
echo "detail   ours      /recipients/$rid              $(rate "$US/recipients/$rid" "$K")"
[ -n "$PC" ] && echo "detail   petclinic /owners/1                     $(rate "$PC/owners/1" "X-Bench: 1")"
echo "form     ours      quick entry, 16 clients       $(java "$here/FormRoundTrip.java" "$US" peer demo \
	/contacts/new /contacts 16 "$D" 10 recipientId=@first durationMinutes=30 kind=INDIVIDUAL_CONVERSATION \
	place=bench occurredOn="$today" startsAt=00:05)"
[ -n "$PC" ] && echo "form     petclinic new owner, 16 clients         $(java "$here/FormRoundTrip.java" "$PC" - - \
	/owners/new /owners/new 16 "$D" 10 firstName=Bench lastName=Mark address=Street city=Town telephone=1234567890)"
echo "memory   ours $(rss "$US")${PC:+   petclinic $(rss "$PC")}"
