package org.unhunch.app;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.activity.ActivityRecorder;
import org.unhunch.activity.ActivitySource;
import org.unhunch.activity.ActivitySourceUnavailableException;
import org.unhunch.activity.NativeHookSource;
import org.unhunch.activity.PointerPollingSource;
import org.unhunch.agent.DataDirectory;

/** Picks and starts the best activity source this desktop allows, saying once what is lost. */
public final class ActivitySetup {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySetup.class);

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

    public static ActivitySource start(Path dataDirectory, ActivityRecorder recorder) throws StartRefused {
        requireDisplay(DisplayCheck.problem());
        NativeHookSource hook = new NativeHookSource(dataDirectory.resolve(DataDirectory.NATIVE));
        try {
            hook.start(recorder);
            return hook;
        } catch (ActivitySourceUnavailableException hookProblem) {
            PointerPollingSource polling = new PointerPollingSource();
            try {
                polling.start(recorder);
            } catch (ActivitySourceUnavailableException pollingProblem) {
                if (pollingProblem.noDisplay()) {
                    throw new StartRefused(StartRefused.Reason.NO_DISPLAY, "no graphical display to watch: "
                            + pollingProblem.getMessage() + ". Start Unhunch inside a desktop session.");
                }
                throw new StartRefused(StartRefused.Reason.CANNOT_BE_DONE,
                        hookProblem.getMessage() + "; and " + pollingProblem.getMessage());
            }
            LOG.warn("Keyboard activity cannot be seen: {}. Until then Unhunch watches only the pointer,"
                    + " so time spent typing without touching the mouse looks like a break.", hookProblem.getMessage());
            return polling;
        }
    }
}
