package go4j.internal.base;

/**
 * go4j's settings: each is a system property with an environment variable as its fallback, as
 * Go reads {@code GOMAXPROCS} or {@code GODEBUG} from the environment. Every property and
 * variable go4j reads is listed in docs/settings.md.
 */
public final class Settings {
    private Settings() {
    }

    /**
     * The system property {@code property}, else the environment variable {@code env}, else null; trimmed, never blank.
     *
     * @param property the system property's name
     * @param env the environment variable's name, or null
     * @return the trimmed value, or null
     */
    public static String get(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = env == null ? null : System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }
}
