#!/usr/bin/env python3
"""Interleaved scheduler benchmark: Go vs go4j on gmp vs go4j on the JDK scheduler.

Each round runs every implementation once per workload, back to back (so all three see
the same machine load); a Java run does WARM untimed-for-the-report repetitions first (JIT).
Reported: per implementation the median ns/op (wall) and cpu-ns/op (process CPU time), and
the median over rounds of the per-round ratio go4j/Go, so load that changes between rounds
cancels out. Usage: bench.py [ROUNDS] [WORKLOADS...] (BENCH_CP overrides the class path; run after
`mvn -pl go4j-core -am test-compile`).
"""
import os, re, statistics, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAVA = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/java"
CP = os.environ.get("BENCH_CP", f"{ROOT}/go4j-core/target/classes:{ROOT}/go4j-core/target/test-classes")
GOBIN = "/tmp/go4j-schedbench-go"
SIZES = {"pingpong": 1_000_000, "mpmc0": 1_000_000, "mpmc1024": 2_000_000, "spawn": 1_000_000}
WARM, MEASURED = 3, 3

def run(cmd, env=None):
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600).stdout
    rows = re.findall(r"([\d.]+) ns/op ([\d.]+) cpu-ns/op", out)
    return [(float(w), float(c)) for w, c in rows]

def once(impl, workload, procs):
    n = SIZES[workload]
    env = dict(os.environ, GOMAXPROCS=str(procs))
    if impl == "go":
        rows = run([GOBIN, workload, str(n), str(MEASURED)], env)
    else:
        rows = run([JAVA, "--add-opens", "java.base/java.lang=ALL-UNNAMED", f"-Dgo4j.scheduler={impl}",
                    f"-Dgo4j.gomaxprocs={procs}", f"-Djdk.virtualThreadScheduler.parallelism={procs}",
                    "-cp", CP, "go4j.internal.sched.SchedBench", workload, str(n), str(WARM + MEASURED)], env)[WARM:]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)

def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    workloads = sys.argv[2:] or list(SIZES)
    procs = int(os.environ.get("BENCH_PROCS", "2"))
    subprocess.run(["/usr/lib/go-1.19/bin/go", "build", "-o", GOBIN, "bench.go"],
                   cwd=os.path.dirname(os.path.abspath(__file__)), check=True)
    print(f"# load before: {open('/proc/loadavg').read().split()[:3]}, GOMAXPROCS={procs}, {rounds} rounds")
    for w in workloads:
        res = {i: [] for i in ("go", "gmp", "jdk")}
        for _ in range(rounds):
            for impl in res:
                res[impl].append(once(impl, w, procs))
        def med(impl, k):
            return statistics.median(r[k] for r in res[impl])
        def ratio(impl, k):
            return statistics.median(a[k] / b[k] for a, b in zip(res[impl], res["go"]))
        print(f"{w:9s} go {med('go',0):8.1f} ns ({med('go',1):7.1f} cpu) | "
              f"gmp {med('gmp',0):8.1f} ns ({med('gmp',1):7.1f} cpu) x{ratio('gmp',0):.2f} (cpu x{ratio('gmp',1):.2f}) | "
              f"jdk {med('jdk',0):8.1f} ns ({med('jdk',1):7.1f} cpu) x{ratio('jdk',0):.2f} (cpu x{ratio('jdk',1):.2f})",
              flush=True)
    print(f"# load after: {open('/proc/loadavg').read().split()[:3]}")

main()
