package org.unhunch.activity;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.platform.XDisplay;
import org.unhunch.platform.XDisplayUnavailableException;

/**
 * Tells of the first input after a moment through the X server's IDLETIME counter (the XSync
 * extension): an alarm set off when the counter falls, that is when input resets it. The alarm's
 * event is read on a thread of its own, with a display connection of its own (Xlib is not shared
 * between threads), which sleeps in poll(2) on the connection and on a pipe that wakes it for a
 * new watch or the close. No input, no wake-up.
 */
final class X11ReturnWatch {

    private static final Logger LOG = LoggerFactory.getLogger(X11ReturnWatch.class);

    /** The part of libXext's XSync client read here. */
    interface XSync extends Library {
        int CA_ALL = 0x3F; // XSyncCACounter | ValueType | Value | TestType | Delta | Events
        int ABSOLUTE = 0;
        int NEGATIVE_TRANSITION = 1;
        int ALARM_NOTIFY = 1;
        int ALARM_DESTROYED = 2;

        boolean XSyncQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

        boolean XSyncInitialize(X11.Display display, IntByReference major, IntByReference minor);

        /** An array of {@code XSyncSystemCounter}: {@code char *name; XSyncCounter counter; XSyncValue resolution}. */
        Pointer XSyncListSystemCounters(X11.Display display, IntByReference count);

        void XSyncFreeSystemCounterList(Pointer list);

        NativeLong XSyncCreateAlarm(X11.Display display, NativeLong valuesMask, AlarmAttributes attributes);

        boolean XSyncDestroyAlarm(X11.Display display, NativeLong alarm);

        /** {@code value} is an {@code XSyncValue}: {@code int hi; unsigned int lo}. */
        boolean XSyncQueryCounter(X11.Display display, NativeLong counter, Pointer value);
    }

    /** {@code XSyncAlarmAttributes}, its {@code XSyncTrigger} and {@code XSyncValue}s laid out flat. */
    @Structure.FieldOrder({"counter", "valueType", "waitHi", "waitLo", "testType", "deltaHi", "deltaLo", "events",
            "state"})
    public static final class AlarmAttributes extends Structure {
        public NativeLong counter;
        public int valueType;
        public int waitHi;
        public int waitLo;
        public int testType;
        public int deltaHi;
        public int deltaLo;
        public int events;
        public int state;
    }

    /** What jna-platform's X11 lacks: the connection's socket, and the next event into plain memory. */
    interface Xlib extends Library {
        int XConnectionNumber(X11.Display display);

        int XNextEvent(X11.Display display, Pointer event);
    }

    /** The C library's pipe and poll. */
    interface LibC extends Library {
        int O_CLOEXEC = 0x80000;
        int EINTR = 4;
        short POLLIN = 0x1;
        short POLLERR = 0x8;
        short POLLHUP = 0x10;
        short POLLNVAL = 0x20;

        int pipe2(int[] fds, int flags);

        int poll(Pointer fds, NativeLong count, int timeoutMillis);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int close(int fd);
    }

    /** {@code XSyncAlarmNotifyEvent}: where {@code alarm} and {@code state} lie, after the common event head. */
    private static final long ALARM_OFFSET = 4L * NativeLong.SIZE;
    private static final long STATE_OFFSET = ALARM_OFFSET + 2L * NativeLong.SIZE + 16;
    /** Xlib's {@code XEvent} is a union padded to 24 longs. */
    private static final long EVENT_SIZE = 24L * NativeLong.SIZE;
    private static final int POLL_FD_SIZE = 8;

    private final XDisplay connection;
    private final XSync sync;
    private final Xlib xlib;
    private final LibC libc;
    private final NativeLong idleCounter;
    private final int alarmNotify;
    private final int[] wakeUp;
    private final Ticker ticker;
    private final Thread thread;

    // Asked by other threads, guarded by this.
    private Runnable requested;
    private long requestedAt;
    private long generation;
    private boolean closing;
    private boolean wakeUpWritten;
    private boolean wakeUpOpen = true;

    // The watch thread's own.
    private NativeLong alarm;
    private Runnable armed;
    private long armedGeneration;

    private X11ReturnWatch(XDisplay connection, XSync sync, Xlib xlib, LibC libc, NativeLong idleCounter,
            int alarmNotify, int[] wakeUp, Ticker ticker) {
        this.connection = connection;
        this.sync = sync;
        this.xlib = xlib;
        this.libc = libc;
        this.idleCounter = idleCounter;
        this.alarmNotify = alarmNotify;
        this.wakeUp = wakeUp;
        this.ticker = ticker;
        this.thread = new Thread(this::run, "unhunch-x11-return-watch");
        thread.setDaemon(true);
    }

    /**
     * Opens a connection to the display and starts the watch thread, or says (in the log) why a
     * return cannot be watched for there: no XSync extension, no IDLETIME counter, no libXext.
     *
     * @param displayName DISPLAY's value
     */
    static Optional<X11ReturnWatch> start(String displayName, Ticker ticker) {
        XDisplay connection;
        try {
            connection = XDisplay.open(displayName);
        } catch (XDisplayUnavailableException e) {
            return unavailable(e.getMessage());
        }
        try {
            XSync sync = Native.load("libXext.so.6", XSync.class);
            Xlib xlib = Native.load("libX11.so.6", Xlib.class);
            LibC libc = Native.load("c", LibC.class);
            X11.Display display = connection.display();
            IntByReference eventBase = new IntByReference();
            if (!sync.XSyncQueryExtension(display, eventBase, new IntByReference())
                    || !sync.XSyncInitialize(display, new IntByReference(), new IntByReference())) {
                connection.close();
                return unavailable("the X server has no XSync extension");
            }
            Optional<NativeLong> counter = idleCounter(sync, display);
            if (counter.isEmpty()) {
                connection.close();
                return unavailable("the X server has no IDLETIME counter");
            }
            int[] wakeUp = new int[2];
            if (libc.pipe2(wakeUp, LibC.O_CLOEXEC) != 0) {
                connection.close();
                return unavailable("no pipe to wake the watch (" + Native.getLastError() + ")");
            }
            X11ReturnWatch watch = new X11ReturnWatch(connection, sync, xlib, libc, counter.get(),
                    eventBase.getValue() + XSync.ALARM_NOTIFY, wakeUp, ticker);
            watch.thread.start();
            return Optional.of(watch);
        } catch (LinkageError e) {
            connection.close();
            return unavailable("libXext cannot be loaded (on Debian and Ubuntu, package libxext6)");
        }
    }

    private static Optional<X11ReturnWatch> unavailable(String why) {
        LOG.info("A return to the desk is found by sampling the X server's idle time: {}", why);
        return Optional.empty();
    }

    private static Optional<NativeLong> idleCounter(XSync sync, X11.Display display) {
        IntByReference count = new IntByReference();
        Pointer counters = sync.XSyncListSystemCounters(display, count);
        if (counters == null) {
            return Optional.empty();
        }
        try {
            long size = 2L * NativeLong.SIZE + 8;
            for (int i = 0; i < count.getValue(); i++) {
                Pointer name = counters.getPointer(i * size);
                if (name != null && "IDLETIME".equals(name.getString(0, "US-ASCII"))) {
                    return Optional.of(counters.getNativeLong(i * size + Native.POINTER_SIZE));
                }
            }
            return Optional.empty();
        } finally {
            sync.XSyncFreeSystemCounterList(counters);
        }
    }

    /**
     * From now on, tells {@code onReturn} once of the first input; replaces the watch before.
     *
     * @return false if the watch has stopped (closed, or the X server closed its connection)
     */
    synchronized boolean watch(Runnable onReturn) {
        if (!wakeUpOpen || closing) {
            return false;
        }
        requested = onReturn;
        requestedAt = ticker.read();
        generation++;
        wake();
        return true;
    }

    /** Ends the watch, if one is set: no more is told of it (a return told at this very moment may still come). */
    synchronized void end() {
        requested = null;
        generation++;
        wake();
    }

    /** Stops the thread, which then closes its connection; returns at once (the thread may be telling of a return). */
    synchronized void close() {
        closing = true;
        requested = null;
        generation++;
        wake();
    }

    /** The watch thread is still running (it ends soon after the close). */
    boolean running() {
        return thread.isAlive();
    }

    private void wake() {
        if (wakeUpOpen && !wakeUpWritten) {
            wakeUpWritten = true;
            libc.write(wakeUp[1], new byte[1], new NativeLong(1));
        }
    }

    private void run() {
        X11.Display display = connection.display();
        Memory fds = new Memory(2L * POLL_FD_SIZE);
        Memory event = new Memory(EVENT_SIZE);
        boolean lost = false;
        try {
            while (true) {
                Runnable onReturn;
                long since;
                long asked;
                synchronized (this) {
                    if (closing) {
                        break;
                    }
                    wakeUpWritten = false;
                    onReturn = requested;
                    requested = null;
                    since = requestedAt;
                    asked = generation;
                }
                if (onReturn != null) {
                    arm(onReturn, since, asked);
                } else if (armed != null && !current(armedGeneration)) {
                    disarm();
                }
                while (connection.x11().XPending(display) > 0) {
                    xlib.XNextEvent(display, event);
                    if (firedOurAlarm(event)) {
                        tell();
                    }
                }
                fds.clear();
                fds.setInt(0, xlib.XConnectionNumber(display));
                fds.setShort(4, LibC.POLLIN);
                fds.setInt(POLL_FD_SIZE, wakeUp[0]);
                fds.setShort(POLL_FD_SIZE + 4, LibC.POLLIN);
                if (libc.poll(fds, new NativeLong(2), -1) < 0) {
                    if (Native.getLastError() == LibC.EINTR) {
                        continue;
                    }
                    LOG.warn("Waiting for the X server failed ({}); a return to the desk is no longer watched for",
                            Native.getLastError());
                    break;
                }
                if ((fds.getShort(6) & (LibC.POLLERR | LibC.POLLHUP | LibC.POLLNVAL)) != 0) {
                    lost = true;
                    LOG.warn("The X server closed the connection; a return to the desk is no longer watched for");
                    break;
                }
                if ((fds.getShort(POLL_FD_SIZE + 6) & LibC.POLLIN) != 0) {
                    libc.read(wakeUp[0], new byte[64], new NativeLong(64));
                }
            }
        } finally {
            if (!lost) {
                // Xlib would end the process on a connection the server has closed.
                disarm();
                connection.close();
            }
            synchronized (this) {
                wakeUpOpen = false;
                libc.close(wakeUp[0]);
                libc.close(wakeUp[1]);
            }
        }
    }

    /**
     * Sets the alarm below the idle time now, then reads the idle time again: input between the
     * ask and the alarm (which the alarm cannot see) shows as an idle time shorter than the time
     * since the ask.
     */
    private void arm(Runnable onReturn, long since, long asked) {
        disarm();
        X11.Display display = connection.display();
        long idle = Math.max(1, idleMillis());
        AlarmAttributes attributes = new AlarmAttributes();
        attributes.counter = idleCounter;
        attributes.valueType = XSync.ABSOLUTE;
        attributes.waitHi = (int) (idle >>> 32);
        attributes.waitLo = (int) idle;
        attributes.testType = XSync.NEGATIVE_TRANSITION;
        attributes.events = 1;
        alarm = sync.XSyncCreateAlarm(display, new NativeLong(XSync.CA_ALL), attributes);
        armed = onReturn;
        armedGeneration = asked;
        long before = ticker.read();
        long idleNow = idleMillis();
        if (idleNow >= 0 && idleNow < TimeUnit.NANOSECONDS.toMillis(before - since)) {
            tell();
        }
    }

    /** The IDLETIME counter now, or -1 if the server did not say. */
    private long idleMillis() {
        Memory value = new Memory(8);
        if (!sync.XSyncQueryCounter(connection.display(), idleCounter, value)) {
            return -1;
        }
        return ((long) value.getInt(0) << 32) | Integer.toUnsignedLong(value.getInt(4));
    }

    private boolean firedOurAlarm(Memory event) {
        return alarm != null && event.getInt(0) == alarmNotify
                && event.getNativeLong(ALARM_OFFSET).longValue() == alarm.longValue()
                && event.getInt(STATE_OFFSET) != XSync.ALARM_DESTROYED;
    }

    private void tell() {
        Runnable onReturn = armed;
        long told = armedGeneration;
        disarm();
        if (current(told)) {
            try {
                onReturn.run();
            } catch (RuntimeException e) {
                LOG.error("Telling of a return to the desk failed", e);
            }
        }
    }

    private synchronized boolean current(long asked) {
        return asked == generation && !closing;
    }

    private void disarm() {
        if (alarm != null) {
            sync.XSyncDestroyAlarm(connection.display(), alarm);
            alarm = null;
        }
        armed = null;
    }
}
