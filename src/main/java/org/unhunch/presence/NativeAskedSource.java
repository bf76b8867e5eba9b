package org.unhunch.presence;

import java.util.function.Supplier;

/**
 * An asked source that calls a native library through JNA. The library is loaded at the first read,
 * never when the class is loaded, so the sources of every platform can be built anywhere; where the
 * library or its function is missing (another system, an older version), the read is
 * {@link PresenceSource.Unavailable}.
 *
 * @param <L> the library, or what reads through it
 */
public abstract class NativeAskedSource<L> extends AskedSource {

    private final Supplier<L> loader;
    private L library;

    /**
     * @param name   the library and the call, for the log
     * @param loader loads the library ({@code Native.load}); called at the first read
     */
    protected NativeAskedSource(String name, Signal signal, Supplier<L> loader) {
        super(name, signal);
        this.loader = loader;
    }

    /** Asks the loaded library. */
    protected abstract boolean read(L library) throws Unavailable;

    @Override
    protected final boolean read() throws Unavailable {
        try {
            if (library == null) {
                library = loader.get();
            }
            return read(library);
        } catch (LinkageError e) {
            throw new Unavailable("the native library or its function is not on this system", e);
        }
    }
}
