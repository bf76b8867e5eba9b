package org.unhunch.activity;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keyboard, pointer and wheel activity from JNativeHook's global input hook. */
public final class NativeHookSource implements ActivitySource {

    private static final Logger LOG = LoggerFactory.getLogger(NativeHookSource.class);

    private final Path nativeLibraryFolder;
    private NativeHookListener listener;

    /** @param nativeLibraryFolder a per-user folder the app controls, for the native library */
    public NativeHookSource(Path nativeLibraryFolder) {
        this.nativeLibraryFolder = nativeLibraryFolder;
    }

    @Override
    public String description() {
        return "global keyboard and mouse hook (JNativeHook)";
    }

    @Override
    public boolean seesKeyboard() {
        return true;
    }

    @Override
    public synchronized void start(ActivityRecorder recorder) throws ActivitySourceUnavailableException {
        NativeHookLogging.routeToSlf4j();
        NativeLibraryFolder.install(nativeLibraryFolder);
        try {
            GlobalScreen.registerNativeHook();
        } catch (NativeHookException e) {
            throw new ActivitySourceUnavailableException(explain(e), e);
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new ActivitySourceUnavailableException(
                    "the input hook's native library could not be loaded (" + e.getMessage() + ")", e);
        }
        // Registration shuts down any dispatcher set before it, so ours is set after every registration.
        GlobalScreen.setEventDispatcher(new DirectDispatcher());
        listener = new NativeHookListener(recorder);
        GlobalScreen.addNativeKeyListener(listener);
        GlobalScreen.addNativeMouseListener(listener);
        GlobalScreen.addNativeMouseMotionListener(listener);
        GlobalScreen.addNativeMouseWheelListener(listener);
        LOG.info("Watching activity through the {}", description());
    }

    @Override
    public synchronized void close() {
        if (listener == null) {
            return;
        }
        GlobalScreen.removeNativeKeyListener(listener);
        GlobalScreen.removeNativeMouseListener(listener);
        GlobalScreen.removeNativeMouseMotionListener(listener);
        GlobalScreen.removeNativeMouseWheelListener(listener);
        listener = null;
        try {
            GlobalScreen.unregisterNativeHook();
        } catch (NativeHookException e) {
            LOG.warn("The input hook did not stop cleanly: {}", e.getMessage());
        }
    }

    static String explain(NativeHookException e) {
        return switch (e.getCode()) {
            case NativeHookException.X11_OPEN_DISPLAY ->
                    "the input hook cannot open the X display (is DISPLAY set to a running X server?)";
            case NativeHookException.X11_RECORD_NOT_FOUND, NativeHookException.X11_RECORD_ALLOC_RANGE,
                    NativeHookException.X11_RECORD_CREATE_CONTEXT, NativeHookException.X11_RECORD_ENABLE_CONTEXT,
                    NativeHookException.X11_RECORD_GET_CONTEXT ->
                    "the X server does not offer the RECORD extension (Wayland sessions and some remote desktops"
                            + " do not); to fix it, log in to an Xorg session or enable RECORD in the X server";
            case NativeHookException.DARWIN_AXAPI_DISABLED ->
                    "macOS has not given Unhunch permission to see input; to fix it, allow it in System Settings"
                            + " > Privacy & Security > Accessibility, then start Unhunch again";
            case NativeHookException.WIN_SET_HOOK ->
                    "Windows refused the low-level input hook (a security policy may block it)";
            default -> "the input hook could not start (" + e.getMessage() + ", code " + e.getCode() + ")";
        };
    }
}
