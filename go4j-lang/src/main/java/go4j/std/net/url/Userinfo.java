package go4j.std.net.url;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

import java.util.List;

/**
 * Go's {@code url.Userinfo}, a standard struct type used through its pointer: an immutable
 * username and optional password.
 */
public final class Userinfo implements GoValue, Stringer {
    /** {@code *url.Userinfo}. */
    public static final RType TYPE = RType.pointer(RType.named("net/url", "Userinfo").setUnderlying(RType.struct(List.of())));

    private String username = "";
    private String password = "";
    private boolean passwordSet;

    /** Go's zero Userinfo. */
    public Userinfo() {
    }

    Userinfo(String username, String password, boolean passwordSet) {
        this.username = username;
        this.password = password;
        this.passwordSet = passwordSet;
    }

    /** @return a copy, as copying Go's struct does */
    public Userinfo $copy() {
        return new Userinfo(username, password, passwordSet);
    }

    /** @param o the Userinfo whose fields this one takes */
    public void $set(Userinfo o) {
        username = o.username;
        password = o.password;
        passwordSet = o.passwordSet;
    }

    /** @return the username */
    public String Username() {
        return username;
    }

    /** @return {@code {String password, Boolean set}} */
    public Object[] Password() {
        return new Object[] {password, passwordSet};
    }

    /** Go's {@code String}: {@code username[:password]}, escaped. */
    @Override
    public String String() {
        String s = Escaping.escape(username, Escaping.USER_PASSWORD);
        if (passwordSet) {
            s += ":" + Escaping.escape(password, Escaping.USER_PASSWORD);
        }
        return s;
    }

    boolean passwordSet() {
        return passwordSet;
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
