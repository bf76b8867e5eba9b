package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NativeAskedSourceTest {

    private final List<Boolean> told = new ArrayList<>();
    private int loads;

    @Test
    void the_library_is_loaded_at_the_first_read_and_once() throws PresenceSource.Unavailable {
        FakeNativeSource source = new FakeNativeSource(() -> {
            loads++;
            return new boolean[] {true};
        });
        assertThat(loads).as("built").isZero();

        source.start(told::add);
        source.readNow();
        source.readNow();

        assertThat(loads).isEqualTo(1);
        assertThat(told).containsExactly(true, true, true);
    }

    @Test
    void a_missing_library_makes_the_start_unavailable_not_an_error() {
        FakeNativeSource source = new FakeNativeSource(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'CoreAudio'");
        });

        assertThatThrownBy(() -> source.start(told::add)).isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessageContaining("not on this system");
    }

    @Test
    void a_function_missing_from_an_older_system_counts_as_off_at_a_later_read() throws PresenceSource.Unavailable {
        boolean[] answer = {true};
        FakeNativeSource source = new FakeNativeSource(() -> answer);
        source.start(told::add);

        answer[0] = false;
        source.missingFunction = true;
        source.readNow();

        assertThat(told).containsExactly(true, false);
        assertThat(source.on()).isFalse();
    }

    /** Its "library" is one answer the test sets. */
    private static final class FakeNativeSource extends NativeAskedSource<boolean[]> {

        boolean missingFunction;

        FakeNativeSource(Supplier<boolean[]> loader) {
            super("a fake library", Signal.CALL, loader);
        }

        @Override
        protected boolean read(boolean[] library) {
            if (missingFunction) {
                throw new UnsatisfiedLinkError("Error looking up function 'SHQueryUserNotificationState'");
            }
            return library[0];
        }
    }
}
