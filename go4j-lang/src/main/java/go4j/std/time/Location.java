package go4j.std.time;

import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Stringer;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Go's {@code *time.Location}, a standard struct type (docs/compiler.md) used through its
 * pointer: a name and the JDK zone whose rules it follows. {@link #UTC} and {@link #LOCAL} are
 * the stub's variables {@code time.UTC} and {@code time.Local}; {@code FixedZone} makes zones
 * of a constant offset with the abbreviation given.
 *
 * <pre>{@code
 * Location est = Pkg.FixedZone("EST", -5 * 3600);
 * est.String(); // "EST"
 * }</pre>
 */
public final class Location implements GoValue, Stringer {
    /** {@code *time.Location}. */
    public static final RType TYPE = RType.pointer(RType.named("time", "Location").setUnderlying(RType.struct(List.of())));

    /** Go's {@code time.UTC}. */
    static final Location UTC = new Location("UTC", ZoneOffset.UTC, "UTC");
    /** Go's {@code time.Local}: the JVM's default zone. */
    static final Location LOCAL = new Location("Local", ZoneId.systemDefault(), null);

    private String name;
    private ZoneId zone;
    private String abbreviation; // for fixed zones and UTC; null: the JDK's name of the moment

    /** The zero Location, which Go treats as UTC. */
    public Location() {
        this("UTC", ZoneOffset.UTC, "UTC");
    }

    Location(String name, ZoneId zone, String abbreviation) {
        this.name = name;
        this.zone = zone;
        this.abbreviation = abbreviation;
    }

    /** @return a Location of the same zone */
    public Location $copy() {
        return new Location(name, zone, abbreviation);
    }

    /** @param o the Location whose zone this one takes */
    public void $set(Location o) {
        name = o.name;
        zone = o.zone;
        abbreviation = o.abbreviation;
    }

    ZoneId zone() {
        return zone;
    }

    /** The abbreviation to print, or null to ask the JDK for the zone's name at the moment. */
    String abbreviation() {
        return abbreviation;
    }

    /** @return the name: UTC, Local, a zone database name or a fixed zone's */
    @Override
    public String String() {
        return name;
    }

    @Override
    public RType goType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return name;
    }
}
