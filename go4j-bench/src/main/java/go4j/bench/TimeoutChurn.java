import go4j.context.Cancelable;
import go4j.context.Context;
import java.time.Duration;
import java.util.Arrays;

/** 200,000 withTimeout(parent, 1000h) children of one long-lived parent, each canceled at once. */
public final class TimeoutChurn {
    public static void main(String[] args) {
        int n = 200_000, warm = 5, rounds = 10;
        Cancelable parent = Context.withCancel(Context.background());
        double[] per = new double[rounds];
        for (int r = 0; r < warm + rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Context.withTimeout(parent.context(), Duration.ofHours(1000)).cancel();
            }
            if (r >= warm) {
                per[r - warm] = (double) (System.nanoTime() - t0) / n;
            }
        }
        Arrays.sort(per);
        System.out.printf("go4j median ns per withTimeout+cancel: %.0f%n", per[rounds / 2]);
        parent.cancel();
    }
}
