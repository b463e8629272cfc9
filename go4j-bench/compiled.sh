#!/usr/bin/env bash
# ./go4j bench --compiled: the same Go source run by Go itself and by go4j run (compiled to JVM
# bytecode), and for the concurrent ones also written by hand with go4j's library.
#
#   go4j-bench/compiled.sh [ROUNDS]     (default 5; called by ./go4j bench --compiled)
#
# Each figure is a whole process's wall time (JVM start, and go4j run's loading of its cached
# classes, included), the median of ROUNDS interleaved rounds; each ratio is the median of the
# per-round ratios. Programs: go4j-bench/go/compiled/*.go.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 25 (./go4j bench sets it)}"
ROUNDS=${1:-5}
GO=/usr/lib/go-1.19/bin/go
[ -x "$GO" ] || GO=$(command -v go || true)
[ -n "$GO" ] || { echo "go4j bench --compiled: Go is not installed (apt-get install golang-1.19)" >&2; exit 1; }
V=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
CP="$ROOT/go4j-core/target/go4j-core-$V.jar:$ROOT/go4j-lang/target/go4j-lang-$V.jar:$ROOT/go4j-compiler/target/go4j-compiler-$V.jar"
. go4j-bench/classpath.sh
BENCHCP=$(bench_classpath)
JAVA=("$JAVA_HOME/bin/java" --add-opens java.base/java.lang=ALL-UNNAMED -Xss128m)
OUT="$ROOT/go4j-bench/target/compiled"
mkdir -p "$OUT"
export GO4J_CACHE="$OUT/cache"

now() { date +%s%N; }
timeit() { # prints the wall milliseconds of the command
  local t0 t1
  t0=$(now)
  "$@" >/dev/null 2>&1 || { echo "go4j bench --compiled: failed: $*" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

echo "# go4j bench --compiled: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $ROUNDS rounds"
echo "| program | Go (ms) | go4j run (ms) | go4j run / Go | hand-written go4j (ms) | go4j run / hand-written |"
echo "|---|---|---|---|---|---|"
for prog in sieve pingpong fannkuch spectralnorm; do
  src="go4j-bench/go/compiled/$prog.go"
  "$GO" build -o "$OUT/$prog" "$src"
  "${JAVA[@]}" -cp "$CP" go4j.compiler.Driver run "$src" >/dev/null # compile once, into the cache
  hand=""
  case "$prog" in
    sieve) hand=go4j.bench.compiled.SieveMain ;;
    pingpong) hand=go4j.bench.compiled.PingPongMain ;;
  esac
  gos=() ours=() hands=() r1=() r2=()
  for ((r = 0; r < ROUNDS; r++)); do
    g=$(timeit "$OUT/$prog")
    o=$(timeit "${JAVA[@]}" -cp "$CP" go4j.compiler.Driver run "$src")
    gos+=("$g"); ours+=("$o"); r1+=("$(ratio "$o" "$g")")
    if [ -n "$hand" ]; then
      h=$(timeit "${JAVA[@]}" -cp "$BENCHCP" "$hand")
      hands+=("$h"); r2+=("$(ratio "$o" "$h")")
    fi
  done
  gm=$(printf '%s\n' "${gos[@]}" | median)
  om=$(printf '%s\n' "${ours[@]}" | median)
  rm1=$(printf '%s\n' "${r1[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  if [ -n "$hand" ]; then
    hm=$(printf '%s\n' "${hands[@]}" | median)
    rm2=$(printf '%s\n' "${r2[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  else
    hm="-"; rm2="-"
  fi
  echo "| $prog | $gm | $om | $rm1 | $hm | $rm2 |"
done
