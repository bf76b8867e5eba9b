package org.unhunch.presence.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.unhunch.presence.PresenceSource.Unavailable;

class ConsentStoreInUseTest {

    private static final String MICROPHONE = ConsentStoreInUse.CONSENT_STORE + "\\microphone";
    private static final String WEBCAM = ConsentStoreInUse.CONSENT_STORE + "\\webcam";
    private static final long SOME_TIME = 133_500_000_000_000_000L;

    private final FakeRegistry registry = new FakeRegistry();

    @Test
    void no_consent_store_is_unavailable() {
        FakeRegistry before1903 = new FakeRegistry();
        before1903.keys.clear();

        assertThatThrownBy(() -> ConsentStoreInUse.anyInUse(before1903))
                .isInstanceOf(Unavailable.class).hasMessageContaining("consent store");
    }

    @Test
    void an_empty_store_is_no_call() throws Unavailable {
        assertThat(ConsentStoreInUse.anyInUse(registry)).isFalse();
    }

    @Test
    void a_store_app_using_the_microphone_now_is_a_call() throws Unavailable {
        registry.application(MICROPHONE, "Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isTrue();
    }

    @Test
    void a_desktop_program_using_the_camera_now_is_a_call() throws Unavailable {
        registry.application(WEBCAM + "\\NonPackaged", "C:#Program Files#Meet#meet.exe", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isTrue();
    }

    @Test
    void a_desktop_program_under_the_microphone_counts_too() throws Unavailable {
        registry.application(MICROPHONE + "\\NonPackaged", "C:#Tools#talk.exe", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isTrue();
    }

    @Test
    void applications_that_stopped_or_never_started_are_no_call() throws Unavailable {
        registry.application(MICROPHONE, "stopped", SOME_TIME, SOME_TIME + 1);
        registry.application(WEBCAM, "never started", 0L, 0L);
        registry.application(WEBCAM + "\\NonPackaged", "stopped too", SOME_TIME, SOME_TIME + 5);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isFalse();
    }

    @Test
    void a_missing_value_is_not_in_use() throws Unavailable {
        registry.application(MICROPHONE, "no stop", SOME_TIME, null);
        registry.application(WEBCAM, "no start", null, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isFalse();
    }

    @Test
    void the_non_packaged_key_is_a_folder_of_programs_not_a_program() throws Unavailable {
        registry.application(MICROPHONE, "NonPackaged", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isFalse();
    }

    @Test
    void one_in_use_among_many_stopped_is_found() throws Unavailable {
        for (int i = 0; i < 50; i++) {
            registry.application(MICROPHONE, "app " + i, SOME_TIME, SOME_TIME + i + 1);
        }
        registry.application(WEBCAM, "the call", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isTrue();
    }

    @Test
    void applications_past_the_bound_are_not_looked_at() throws Unavailable {
        for (int i = 0; i < ConsentStoreInUse.MOST_APPLICATIONS; i++) {
            registry.application(MICROPHONE, "app " + i, SOME_TIME, SOME_TIME + 1);
        }
        registry.application(MICROPHONE, "one too many", SOME_TIME, 0L);

        assertThat(ConsentStoreInUse.anyInUse(registry)).isFalse();
        assertThat(registry.valuesRead).isEqualTo(2 * ConsentStoreInUse.MOST_APPLICATIONS);
    }

    /** Keys by path, in the order they were made, and their QWORD values. */
    private static final class FakeRegistry implements RegistryTree {

        final Map<String, List<String>> keys = new LinkedHashMap<>();
        final Map<String, Long> qwords = new HashMap<>();
        int valuesRead;

        FakeRegistry() {
            keys.put(ConsentStoreInUse.CONSENT_STORE, new ArrayList<>(List.of("microphone", "webcam")));
            keys.put(MICROPHONE, new ArrayList<>());
            keys.put(WEBCAM, new ArrayList<>());
        }

        void application(String parent, String name, Long start, Long stop) {
            keys.computeIfAbsent(parent, p -> new ArrayList<>()).add(name);
            String key = parent + "\\" + name;
            keys.putIfAbsent(key, new ArrayList<>());
            if (start != null) {
                qwords.put(key + "|LastUsedTimeStart", start);
            }
            if (stop != null) {
                qwords.put(key + "|LastUsedTimeStop", stop);
            }
        }

        @Override
        public boolean exists(String path) {
            return keys.containsKey(path);
        }

        @Override
        public List<String> subkeys(String path) {
            return List.copyOf(keys.getOrDefault(path, List.of()));
        }

        @Override
        public OptionalLong qword(String path, String value) {
            valuesRead++;
            Long found = qwords.get(path + "|" + value);
            return found == null ? OptionalLong.empty() : OptionalLong.of(found);
        }
    }
}
