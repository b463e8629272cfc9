package go4j.internal.jfr;

import jdk.jfr.Event;

/**
 * The hooks go4j's runtime calls to emit its JFR events; each does nothing (one flag check)
 * unless a recording has the event enabled.
 *
 * <p>For the context package: {@link #contextCancelBegin()} and
 * {@link #contextCancelEnd(Event, Object, Throwable, Throwable, long)}.
 */
public final class Events {
    private Events() {
    }

    /** {@code go4j.GoroutineEnd} outcomes. */
    public static final String RETURNED = "return", GOEXIT = "goexit", PANIC = "panic";

    // Instances never committed: isEnabled() reads the event type's state, not the instance's.
    private static final GoroutineStart START = new GoroutineStart();
    private static final GoroutineEnd END = new GoroutineEnd();
    private static final ChannelBlock BLOCK = new ChannelBlock();
    private static final ContextCancel CANCEL = new ContextCancel();

    /**
     * Called on a goroutine's own thread when it starts.
     *
     * @param id the goroutine's id
     * @param parentId the id of the goroutine that started it
     * @param main whether it is the program's main goroutine
     * @param programId the id of its program
     */
    public static void goroutineStart(long id, long parentId, boolean main, long programId) {
        if (START.isEnabled()) {
            GoroutineStart e = new GoroutineStart();
            e.goroutineId = id;
            e.programId = programId;
            e.parentId = parentId;
            e.main = main;
            e.commit();
        }
    }

    /**
     * Called on a goroutine's own thread when it ends; {@code outcome} is one of the constants.
     *
     * @param id the goroutine's id
     * @param programId the id of its program
     * @param outcome how it ended: {@link #RETURNED}, {@link #GOEXIT} or {@link #PANIC}
     */
    public static void goroutineEnd(long id, long programId, String outcome) {
        if (END.isEnabled()) {
            GoroutineEnd e = new GoroutineEnd();
            e.goroutineId = id;
            e.programId = programId;
            e.outcome = outcome;
            e.commit();
        }
    }

    /**
     * Called before a goroutine parks in a channel operation: the started event, or null when
     * no recording wants it (the common case: then nothing is allocated).
     *
     * @return the begun event, or null when the event type is disabled
     */
    public static Event channelBlockBegin() {
        if (BLOCK.isEnabled()) {
            ChannelBlock e = new ChannelBlock();
            e.begin();
            return e;
        }
        return null;
    }

    /**
     * Called after the park begun with {@link #channelBlockBegin()}; commits above the threshold.
     *
     * @param started the non-null event {@link #channelBlockBegin()} returned
     * @param operation the blocked operation's name
     * @param channelId the channel's id
     * @param goroutineId the id of the goroutine that parked
     * @param programId the id of its program
     */
    public static void channelBlockEnd(Event started, String operation, long channelId, long goroutineId,
                                       long programId) {
        ChannelBlock e = (ChannelBlock) started;
        e.end();
        if (e.shouldCommit()) {
            e.operation = operation;
            e.channelId = channelId;
            e.goroutineId = goroutineId;
            e.programId = programId;
            e.commit();
        }
    }

    /**
     * Called by the context package before a cancel (a cancel function, a deadline, a parent's
     * cancel reaching a context it could not list): the started event, or null when no recording
     * wants it (then nothing is allocated and no clock is read).
     *
     * @return the begun event, or null when the event type is disabled
     */
    public static Event contextCancelBegin() {
        if (CANCEL.isEnabled()) {
            ContextCancel e = new ContextCancel();
            e.begin();
            return e;
        }
        return null;
    }

    /**
     * Called after the cancel begun with {@link #contextCancelBegin()} made {@code context} done,
     * and with it {@code descendants} contexts below it: records the context's Go String() form,
     * its {@code err()} and the cause given to cancel (null: none, the error is recorded).
     *
     * @param started the non-null event {@link #contextCancelBegin()} returned
     * @param context the context that was made done
     * @param err its {@code err()}, or null
     * @param cause the cause given to cancel, or null
     * @param descendants how many contexts below it were cancelled with it
     */
    public static void contextCancelEnd(Event started, Object context, Throwable err, Throwable cause,
                                        long descendants) {
        ContextCancel e = (ContextCancel) started;
        e.end();
        if (e.shouldCommit()) {
            e.context = String.valueOf(context);
            e.error = err == null ? null : err.getMessage();
            e.cause = cause == null ? e.error : cause.getMessage() == null ? cause.toString() : cause.getMessage();
            e.descendants = descendants;
            e.commit();
        }
    }
}
