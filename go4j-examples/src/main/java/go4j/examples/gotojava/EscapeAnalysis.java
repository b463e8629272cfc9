package go4j.examples.gotojava;

/**
 * Escape analysis: every Java object is allocated on the heap as far as the language is
 * concerned; HotSpot's C2 compiler may remove an allocation that does not escape.
 */
public final class EscapeAnalysis {
    private EscapeAnalysis() {
    }

    record Point(int x, int y) {
    }

    static Point newPoint(int x, int y) {
        return new Point(x, y); // escapes: the caller keeps it
    }

    static int dist(int x, int y) {
        Point p = new Point(x, y); // does not escape: C2 can replace it by two ints
        return p.x() * p.x() + p.y() * p.y();
    }

    public static void main(String[] args) {
        System.out.println(newPoint(1, 2).x() + " " + dist(3, 4));
    }
}
