package go4j;

import go4j.internal.runtime.HChan;
import go4j.internal.runtime.Selectgo;

/**
 * Go's select statement, the public face of the runtime's {@link Selectgo} (select.go): it
 * lets selectgo read go4j's {@link Case}s, and throws what selectgo reports.
 */
final class Select implements Selectgo.Cases {
    private static final Select CASES = new Select();

    private Select() {
    }

    @SuppressWarnings("unchecked")
    static <R> R select(Case<? extends R>[] cases) {
        Object r = Selectgo.selectgo(cases, CASES);
        if (r == Selectgo.SEND_ON_CLOSED) {
            throw new Panic("send on closed channel");
        }
        if (r == Selectgo.INTERRUPTED) {
            throw new Interrupted("select");
        }
        if (r == Selectgo.OUTSIDE_BUBBLE) {
            throw go4j.internal.runtime.Panics.fatal(new Panic("select on synctest channel from outside bubble"));
        }
        if (r == Selectgo.MULTIPLE_DEFAULTS) {
            throw new IllegalArgumentException("select: multiple defaults");
        }
        return (R) r;
    }

    @Override
    public HChan chan(Object c) {
        Chan<?> ch = ((Case<?>) c).chan;
        return ch == null ? null : ch.h;
    }

    @Override
    public boolean isSend(Object c) {
        return ((Case<?>) c).kind == Case.SEND;
    }

    @Override
    public Object elem(Object c) {
        return ((Case<?>) c).value;
    }

    @Override
    public Object received(Object c, Object v, boolean ok) {
        return ((Case<?>) c).received(v, ok);
    }

    @Override
    public Object ran(Object c) {
        return ((Case<?>) c).ran();
    }
}
