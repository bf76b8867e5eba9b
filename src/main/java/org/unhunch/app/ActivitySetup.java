package org.unhunch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.AskedActivity;
import org.unhunch.activity.IdleTimeReader;
import org.unhunch.activity.IdleTimeSource;
import org.unhunch.activity.NativeHookSource;
import org.unhunch.activity.PointerPollingSource;
import org.unhunch.agent.DataDirectory;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/**
 * Picks and starts the activity source that {@code activity.source} asks for and this desktop
 * allows, and says in one line which it is and why. {@code auto}: the input hook where it starts and
 * sees the desktop, otherwise the system's idle time; {@code hook}: the hook only;
 * {@code idle-time}: the idle time, the hook never loaded. Pointer polling is the last resort when
 * neither works.
 */
public final class ActivitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySetup.class);
    private static final String WAYLAND = "this is a Wayland session, where the input hook sees only the windows of"
            + " X11 programs";

    /** Opens one kind of source, or says in a few words why it cannot work here. */
    @FunctionalInterface
    interface Opener<T> {
        T open() throws ActivitySourceUnavailableException;
    }

    /**
     * What this desktop offers: the hook, the idle-time readers in the order {@code auto} tries them,
     * and pointer polling.
     *
     * @param wayland whether this is a Wayland session, where the hook sees only X11 windows
     */
    record Offer(boolean wayland, Opener<ActivitySource> hook, List<Opener<IdleTimeReader>> idleTime,
                 Opener<ActivitySource> pointer) {
    }

    /**
     * The source at work, what the loop must ask of it, and one line for the person and the log.
     *
     * @param asked {@link AskedActivity#NONE} unless the source must be read
     */
    public record Started(ActivitySource source, AskedActivity asked, String inUse) {
    }

    private ActivitySetup() {
    }

    /**
     * Refuses a start without a display, before anything is touched: the hook's native side,
     * failing to open the display, would end the JVM with status 1.
     *
     * @param problem why there is no usable display ({@link DisplayCheck#problem}), or empty
     */
    static void requireDisplay(Optional<String> problem) throws StartRefused {
        if (problem.isPresent()) {
            throw new StartRefused(StartRefused.Reason.NO_DISPLAY, "no graphical display to watch (" + problem.get()
                    + "). Start Unhunch inside a desktop session.");
        }
    }

    /** Starts the source {@code activity.source} asks for on this machine. */
    public static Started start(Path dataDirectory, SettingsStore.Resolved choice, ActivityRecorder recorder)
            throws StartRefused {
        requireDisplay(DisplayCheck.problem());
        Path nativeFolder = dataDirectory.resolve(DataDirectory.NATIVE);
        Map<String, String> env = System.getenv();
        Offer offer = new Offer(IdleTimeReaders.wayland(env), () -> new NativeHookSource(nativeFolder),
                IdleTimeReaders.forOs(System.getProperty("os.name"), env), PointerPollingSource::new);
        return start(offer, choice, recorder);
    }

    static Started start(Offer offer, SettingsStore.Resolved choice, ActivityRecorder recorder) throws StartRefused {
        String value = choice.value();
        String asked = Setting.ACTIVITY_SOURCE.key() + " is " + value + (choice.locked() ? ", " + choice.layer().description() : "");
        List<String> problems = new ArrayList<>();
        if (!value.equals("idle-time")) {
            if (value.equals("auto") && offer.wayland()) {
                problems.add(WAYLAND);
            } else {
                Optional<ActivitySource> hook = started(offer.hook(), recorder, problems, "the input hook");
                if (hook.isPresent()) {
                    String why = value.equals("auto") ? "the input hook started"
                            : asked + (offer.wayland() ? "; " + WAYLAND + ": keys typed into other windows look like"
                            + " a break" : "");
                    return said(new Started(hook.get(), AskedActivity.NONE, inUse(hook.get(), why)));
                }
            }
        }
        if (!value.equals("hook")) {
            for (Opener<IdleTimeReader> reader : offer.idleTime()) {
                Optional<IdleTimeSource> idleTime = started(() -> new IdleTimeSource(reader.open()), recorder, problems,
                        "the system's idle time");
                if (idleTime.isPresent()) {
                    List<String> why = value.equals("auto") ? problems : List.of(asked);
                    return said(new Started(idleTime.get(), idleTime.get(), inUse(idleTime.get(), String.join("; ", why))));
                }
            }
            if (offer.idleTime().isEmpty()) {
                problems.add("the system's idle time cannot be read on this desktop");
            }
        }
        return said(pointer(offer, recorder, problems, value.equals("auto") ? "" : asked + "; "));
    }

    /** The last resort: key presses are not seen at all. */
    private static Started pointer(Offer offer, ActivityRecorder recorder, List<String> problems, String asked)
            throws StartRefused {
        ActivitySource polling;
        try {
            polling = offer.pointer().open();
            polling.start(recorder);
        } catch (ActivitySourceUnavailableException pointerProblem) {
            if (pointerProblem.noDisplay()) {
                throw new StartRefused(StartRefused.Reason.NO_DISPLAY, "no graphical display to watch: "
                        + pointerProblem.getMessage() + ". Start Unhunch inside a desktop session.");
            }
            problems.add(pointerProblem.getMessage());
            throw new StartRefused(StartRefused.Reason.CANNOT_BE_DONE, String.join("; and ", problems));
        }
        LOG.warn("Keyboard activity cannot be seen: {}. Until then Unhunch watches only the pointer,"
                + " so time spent typing without touching the mouse looks like a break.", String.join("; ", problems));
        return new Started(polling, AskedActivity.NONE, inUse(polling, asked + String.join("; ", problems)));
    }

    private static <T extends ActivitySource> Optional<T> started(Opener<T> opener, ActivityRecorder recorder,
                                                                  List<String> problems, String what) {
        T source = null;
        try {
            source = opener.open();
            source.start(recorder);
            return Optional.of(source);
        } catch (ActivitySourceUnavailableException e) {
            closeQuietly(source);
            problems.add(what + ": " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            // A native or bus library's surprise ends this source, not the agent's start.
            LOG.warn("{} failed to start", what, e);
            closeQuietly(source);
            problems.add(what + ": " + e);
            return Optional.empty();
        }
    }

    private static void closeQuietly(ActivitySource source) {
        if (source == null) {
            return;
        }
        try {
            source.close();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Closing {} failed", source.description(), e);
        }
    }

    private static String inUse(ActivitySource source, String why) {
        return "Activity: " + source.description() + " (" + why + ")";
    }

    private static Started said(Started started) {
        LOG.info("{}", started.inUse());
        return started;
    }
}
