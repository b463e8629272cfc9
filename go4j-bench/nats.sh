#!/usr/bin/env bash
# ./go4j bench --nats: messages/s through a worker pool fed from a NATS JetStream work queue,
# go4j-nats (NatsRecv -> NatsWorkerPool -> NatsSend) against jnats used directly, same server,
# stream and consumer settings, same number of workers, same ack policy (result stored, then
# ack). One JVM per scheduler; in each, the two alternate round by round and the ratio is the
# median of the per-round ratios (go4j.bench.nats.NatsBench).
#
#   go4j-bench/nats.sh [ROUNDS] [TASKS]     (defaults 3 and 20000; about a minute per scheduler)
#
# Needs nats-server (Debian: apt-get install nats-server); without it, says so and prints no row.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
: "${JAVA_HOME:?JAVA_HOME must point at a JDK 25 (./go4j bench sets it)}"
ROUNDS=${1:-3}
TASKS=${2:-20000}
. go4j-bench/classpath.sh
CP=$(bench_classpath)
for sched in gmp jdk; do
  "$JAVA_HOME/bin/java" --add-opens java.base/java.lang=ALL-UNNAMED -Dgo4j.scheduler=$sched \
    -cp "$CP" go4j.bench.nats.NatsBench --rounds "$ROUNDS" --tasks "$TASKS" 2>/dev/null
  echo
done
