package go4j.std.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's environment, go4j's own: the JVM cannot change its process's, so Setenv and
 * Unsetenv change this copy, which Getenv, LookupEnv and Environ read. It starts as the
 * process's environment in the process's order (Linux's {@code /proc/self/environ}, else the
 * JDK's map); keys and values are Go strings (one char per byte). Order is Go's: a new key
 * goes last, a set key keeps its place, the first of duplicate keys wins.
 */
final class Env {
    private Env() {
    }

    private static final Map<String, String> VARS = load();

    private static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/environ"));
            for (String kv : new String(raw, StandardCharsets.ISO_8859_1).split("\0")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    m.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            return m;
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<String, String> e2 : System.getenv().entrySet()) {
                m.put(go4j.lang.Str.fromJava(e2.getKey()), go4j.lang.Str.fromJava(e2.getValue()));
            }
            return m;
        }
    }

    /** @return the value of key, or null when unset */
    static synchronized String get(String key) {
        return VARS.get(key);
    }

    static synchronized void set(String key, String value) {
        VARS.put(key, value);
    }

    static synchronized void unset(String key) {
        VARS.remove(key);
    }

    static synchronized void clear() {
        VARS.clear();
    }

    /** @return "key=value" for each variable, in order */
    static synchronized List<String> all() {
        List<String> out = new ArrayList<>(VARS.size());
        for (Map.Entry<String, String> e : VARS.entrySet()) {
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }
}
