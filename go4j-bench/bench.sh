#!/usr/bin/env bash
# go4j's benchmark suite, called by `./go4j bench` (which builds the jars first).
#
#   ./go4j bench [--quick] [--rounds N] [--only REGEX] [--record] [--list]
#
#   --quick      3 rounds of short runs, one pair of worker JVMs: under 5 minutes on 2 cores
#   (default)    5 rounds of longer runs, fresh worker JVMs each round
#   --rounds N   N rounds instead (each ratio is the median of the N per-round ratios)
#   --only RE    only the workloads whose name matches RE (e.g. 'ping|skynet')
#   --record     also put the table and chart into docs/benchmarks.md's Latest run section
#   --list       list the workloads
#
# After the library's table, unless --only or --list narrowed the run: compiled.sh's rows, the
# same Go programs under Go and compiled by ./go4j run, then nats.sh's rows, go4j-nats against
# jnats used directly (both appended to bench-results/latest.md).
#
# Go: uses Go 1.19 from /usr/lib/go-1.19 (Debian's golang-1.19), else a `go` on PATH; when there
# is none it tries `apt-get install golang-1.19`, and if that fails too the table has no Go
# column and says why. Results: bench-results/ (latest.md, CSVs, latest.png).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 25 (./go4j bench sets it)}"
JAVA="$JAVA_HOME/bin/java"

args=()
for a in "$@"; do
  case "$a" in
    --record) args+=(--record "$ROOT/docs/benchmarks.md") ;;
    *) args+=("$a") ;;
  esac
done

find_go() {
  local g
  for g in /usr/lib/go-1.19/bin/go "$(command -v go 2>/dev/null || true)"; do
    [ -n "$g" ] && [ -x "$g" ] && { echo "$g"; return; }
  done
}

NOGO=""
GO=$(find_go)
if [ -z "$GO" ]; then
  echo "go4j bench: Go is not installed; trying: apt-get install golang-1.19" >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if apt-get install -y -q golang-1.19 >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q golang-1.19 >/dev/null 2>&1; }; then
      GO=$(find_go)
    else
      NOGO="apt-get install golang-1.19 failed"
    fi
  else
    NOGO="Go is not installed and this user cannot apt-get install golang-1.19"
  fi
fi

GOBIN="$ROOT/go4j-bench/target/go-bench"
GOVERSION=""
if [ -n "$GO" ]; then
  GOVERSION=$("$GO" version | awk '{print "Go " substr($3, 3)}')
  if [ ! -x "$GOBIN" ] || [ -n "$(find go4j-bench/go -newer "$GOBIN" -type f | head -n 1)" ]; then
    mkdir -p "$(dirname "$GOBIN")"
    if ! (cd go4j-bench/go && GOFLAGS=-mod=mod GO111MODULE=on "$GO" test -c -o "$GOBIN" . >"$ROOT/go4j-bench/target/go-build.log" 2>&1); then
      NOGO="the Go benchmarks did not compile (go4j-bench/target/go-build.log)"
    fi
  fi
  [ -z "$NOGO" ] && [ ! -x "$GOBIN" ] && NOGO="no Go benchmark binary"
fi
if [ -n "$NOGO" ]; then
  echo "go4j bench: no Go column: $NOGO" >&2
  go_args=(--no-go "$NOGO")
else
  go_args=(--go-bin "$GOBIN" --go-version "$GOVERSION")
fi

[ -d go4j-bench/target/lib ] || { echo "go4j bench: go4j-bench is not built (run ./go4j bench, which builds it)" >&2; exit 1; }
. go4j-bench/classpath.sh
CP=$(bench_classpath)
"$JAVA" -Djava.awt.headless=true -cp "$CP" go4j.bench.BenchMain --results "$ROOT/bench-results" \
  "${go_args[@]}" ${args[@]+"${args[@]}"}

# Then the compiled rows: the same Go source under Go and under ./go4j run (compiled.sh), unless
# the run was narrowed to some workloads or only listed them, or there is no Go to compare with.
rounds=5 narrowed=""
prev=""
for a in "$@"; do
  case "$a" in
    --quick) rounds=3 ;;
    --list | --only) narrowed=1 ;;
  esac
  [ "$prev" = --rounds ] && rounds=$a
  prev=$a
done
if [ -z "$narrowed" ] && [ -z "$NOGO" ]; then
  echo
  "$ROOT/go4j-bench/compiled.sh" "$rounds" | tee -a "$ROOT/bench-results/latest.md"
fi
# Then the NATS rows (nats.sh): go4j-nats' worker pool against jnats used directly, on a local
# nats-server; nats.sh says so and prints no row when the server is not installed.
if [ -z "$narrowed" ]; then
  echo
  "$ROOT/go4j-bench/nats.sh" 3 | tee -a "$ROOT/bench-results/latest.md"
fi
