package org.unhunch.presence;

/**
 * An asked source that calls a native library through JNA. The library is loaded at the first read,
 * never when the class is loaded, so the sources of every platform can be built anywhere; where the
 * library or its function is missing (another system, an older version), the read is
 * {@link PresenceSource.Unavailable}.
 */
public abstract class NativeAskedSource extends AskedSource {

    /** @param name the library and the call, for the log */
    protected NativeAskedSource(String name, Signal signal) {
        super(name, signal);
    }

    /** Calls the library; may load it on the first call. */
    protected abstract boolean readNative() throws Unavailable;

    @Override
    protected final boolean read() throws Unavailable {
        try {
            return readNative();
        } catch (LinkageError e) {
            throw new Unavailable("the native library or its function is not on this system", e);
        }
    }
}
