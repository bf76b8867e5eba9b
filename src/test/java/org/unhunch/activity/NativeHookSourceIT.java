package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.Desktop;

/** The real hook under X: where its library comes from, and a stop and a start in one process. */
@Tag("desktop")
class NativeHookSourceIT {

    @TempDir
    Path nativeFolder;

    @Test
    void key_presses_arrive_again_after_the_hook_was_stopped_and_started_again() throws Exception {
        Desktop.require();
        for (int round = 1; round <= 3; round++) {
            AtomicInteger seen = new AtomicInteger();
            ActivityRecorder recorder = new ActivityRecorder(Ticker.SYSTEM);
            recorder.onFirstActivity(seen::incrementAndGet);
            NativeHookSource source = new NativeHookSource(nativeFolder);
            source.start(recorder);
            try {
                Desktop.xdotool("key", "shift");
                await("a key press in round " + round).atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(20)).until(() -> seen.get() > 0);
                assertThat(recorder.drain().first(ActivityKind.KEY)).isNotEqualTo(ActivityRecorder.NONE);
            } finally {
                source.close();
            }
        }
        assertThat(nativeFolder.resolve(System.mapLibraryName("JNativeHook")))
                .as("the native library is loaded from the folder the app controls").isRegularFile();
    }
}
