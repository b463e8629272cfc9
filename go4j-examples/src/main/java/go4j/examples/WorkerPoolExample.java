package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.RecvChan;
import go4j.SendChan;
import go4j.time.Time;

import java.time.Duration;

import static go4j.Go.go;

/**
 * A worker pool: three workers, five jobs, a jobs channel and a results channel. Go
 * original: {@code go4j-examples/go/workerpool.go}. Which worker takes which job, and the
 * order of the lines, change from run to run; each job is started once and finished once.
 * {@link go4j.patterns.WorkerPool} is the library version.
 */
public final class WorkerPoolExample {
    private WorkerPoolExample() {
    }

    static void worker(int id, RecvChan<Integer> jobs, SendChan<Integer> results) {
        for (int j : jobs) {
            Fmt.println("worker", id, "started  job", j);
            Time.sleep(Duration.ofMillis(10));
            Fmt.println("worker", id, "finished job", j);
            results.send(j * 2);
        }
    }

    public static void main(String[] args) {
        Go.main(() -> {
            final int numJobs = 5;
            Chan<Integer> jobs = new Chan<>(numJobs);
            Chan<Integer> results = new Chan<>(numJobs);

            for (int w = 1; w <= 3; w++) {
                int id = w;
                go(() -> worker(id, jobs, results));
            }

            for (int j = 1; j <= numJobs; j++) {
                jobs.send(j);
            }
            jobs.close();

            int sum = 0;
            for (int a = 1; a <= numJobs; a++) {
                sum += results.recv();
            }
            Fmt.println("sum of results:", sum);
        });
    }
}
