# Sourced by bench.sh, compiled.sh and nats.sh (from the repository's root): bench_classpath
# prints go4j-bench's class path, its classes and the jars of target/lib. target/lib keeps the
# go4j jars of every version built here (copy-dependencies never deletes): only this version's
# may join, or an old scheduler could be the one measured.
bench_classpath() {
  local v cp j n
  v=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
  cp="$PWD/go4j-bench/target/classes"
  for j in "$PWD"/go4j-bench/target/lib/*.jar; do
    n=${j##*/}
    [[ $n == go4j-* && $n != *-"$v".jar ]] && continue
    cp="$cp:$j"
  done
  echo "$cp"
}
