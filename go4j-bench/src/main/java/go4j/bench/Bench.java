package go4j.bench;

/**
 * JVM flags of the benchmark variants. Each JMH benchmark class has one method per variant:
 * {@code go4j_gmp} and {@code go4j_jdk} run the same go4j code in JVMs started with different
 * flags (the scheduler is chosen once per JVM), {@code jox} and {@code juc} run their own code on
 * the JDK's virtual-thread scheduler. The {@code @Fork} annotations carry the flags, so a plain
 * JMH run ({@code java -jar} or the JMH runner with forks) runs each variant right; the
 * {@code bench.sh} harness starts one worker JVM per scheduler with the same flags instead.
 */
public final class Bench {
    private Bench() {
    }

    /** What go4j's G/M/P scheduler needs to plug into the JDK's virtual threads. */
    public static final String OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    public static final String GMP = "-Dgo4j.scheduler=gmp";
    public static final String JDK = "-Dgo4j.scheduler=jdk";
    /** Heap for every benchmark JVM: skynet keeps up to a million goroutines alive at once. */
    public static final String HEAP = "-Xmx4g";
}
