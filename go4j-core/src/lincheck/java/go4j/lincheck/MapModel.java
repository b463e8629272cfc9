package go4j.lincheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The specification of Go's sync.Map on three keys (1, 2 and the nil key, written 3) and the
 * values "a", "b" and nil: every operation but range is atomic and completes at its request.
 * Range is Go's weaker promise: it looks at each key once, at a moment of its own choosing
 * between its request and its follow-up (an internal step per key), and reports the key with
 * its value then, or leaves it out if the key was absent then. So a key present throughout is
 * reported, none twice, and each reported value is one the key had during the call.
 */
public final class MapModel extends Model {
    static final int KEYS = 3;

    private final TreeMap<Integer, String> map = new TreeMap<>();      // key -> value ("nil" for null)
    private final TreeMap<Integer, TreeSet<Integer>> pending = new TreeMap<>(); // ranging thread -> keys not yet looked at
    private final TreeMap<Integer, TreeMap<Integer, String>> seen = new TreeMap<>(); // ranging thread -> what it reported

    @Override
    public List<Op> ops() {
        return MapLincheckTest.OPS;
    }

    @Override
    public int maxValue() {
        return KEYS;
    }

    @Override
    public Model copy() {
        MapModel m = new MapModel();
        m.map.putAll(map);
        pending.forEach((t, keys) -> m.pending.put(t, new TreeSet<>(keys)));
        seen.forEach((t, kv) -> m.seen.put(t, new TreeMap<>(kv)));
        copyOutcomesTo(m);
        return m;
    }

    @Override
    protected Object stateKey() {
        return List.of(map, pending, seen);
    }

    @Override
    public List<Model> request(int t, String method, List<Object> args) {
        return next(m -> ((MapModel) m).apply(t, method, args.isEmpty() ? 0 : (Integer) args.get(0)));
    }

    /** A value as MapLincheckTest writes it. */
    static String show(Object v) {
        return v == null ? "nil" : v.toString();
    }

    private void apply(int t, String method, int k) {
        String cur = map.get(k);
        boolean present = map.containsKey(k);
        switch (method) {
            case "load" -> complete(t, present ? "loaded " + cur : "absent");
            case "storeA" -> store(t, k, "a");
            case "storeB" -> store(t, k, "b");
            case "storeNil" -> store(t, k, "nil");
            case "loadOrStoreA" -> {
                if (present) {
                    complete(t, "loaded " + cur);
                } else {
                    map.put(k, "a");
                    complete(t, "stored a");
                }
            }
            case "swapB" -> {
                map.put(k, "b");
                complete(t, present ? "previous " + cur : "absent");
            }
            case "loadAndDelete" -> {
                map.remove(k);
                complete(t, present ? "loaded " + cur : "absent");
            }
            case "delete" -> {
                map.remove(k);
                complete(t, "ok");
            }
            case "compareAndSwapAB" -> {
                boolean swapped = present && Objects.equals(cur, "a");
                if (swapped) {
                    map.put(k, "b");
                }
                complete(t, String.valueOf(swapped));
            }
            case "compareAndSwapNilA" -> {
                boolean swapped = present && Objects.equals(cur, "nil");
                if (swapped) {
                    map.put(k, "a");
                }
                complete(t, String.valueOf(swapped));
            }
            case "compareAndDeleteB" -> {
                boolean deleted = present && Objects.equals(cur, "b");
                if (deleted) {
                    map.remove(k);
                }
                complete(t, String.valueOf(deleted));
            }
            case "clear" -> {
                map.clear();
                complete(t, "ok");
            }
            case "range" -> {
                TreeSet<Integer> keys = new TreeSet<>();
                for (int i = 1; i <= KEYS; i++) {
                    keys.add(i);
                }
                pending.put(t, keys);
                seen.put(t, new TreeMap<>());
            }
            default -> throw new IllegalArgumentException("unknown operation " + method);
        }
    }

    private void store(int t, int k, String v) {
        map.put(k, v);
        complete(t, "ok");
    }

    @Override
    public List<Model> internalSteps() {
        List<Model> next = new ArrayList<>();
        for (var e : pending.entrySet()) {
            int t = e.getKey();
            for (int k : e.getValue()) {
                MapModel m = (MapModel) copy();
                m.pending.get(t).remove(k);
                if (m.map.containsKey(k)) {
                    m.seen.get(t).put(k, m.map.get(k));
                }
                if (m.pending.get(t).isEmpty()) {
                    m.pending.remove(t);
                    m.complete(t, MapLincheckTest.rangeResult(m.seen.remove(t)));
                }
                next.add(m);
            }
        }
        return next;
    }
}
