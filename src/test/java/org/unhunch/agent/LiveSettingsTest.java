package org.unhunch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.testing.LogCapture;

/** The store as the running agent sees it, on throwaway preference roots (target/test-prefs). */
class LiveSettingsTest {

    private final Preferences user = Preferences.userRoot().node("test-" + UUID.randomUUID());
    private final Preferences system = Preferences.systemRoot().node("test-" + UUID.randomUUID());
    private final SettingsStore store = new SettingsStore(user, system, message -> { });

    @AfterEach
    void removeNodes() throws BackingStoreException {
        user.removeNode();
        system.removeNode();
    }

    @Test
    void a_value_set_in_this_process_wakes_the_agent_and_is_read_with_command_line_values_on_top() {
        LiveSettings live = new LiveSettings(store,
                settings -> new ModelSettingsBuilder(settings).set("snooze", "3m").build(), ZoneOffset.UTC);
        AtomicInteger wakeUps = new AtomicInteger();
        List<String> told = new ArrayList<>();
        live.wakeOnChange(wakeUps::incrementAndGet);
        live.onChange(values -> told.add(values.get(Setting.SIT_LIMIT).value()));
        assertThat(live.get().model().sitLimit()).isEqualTo(Duration.ofMinutes(45));

        store.set("sit.limit", "20m");

        await("the preference change event").atMost(Duration.ofSeconds(5)).until(() -> wakeUps.get() > 0);
        AgentSettings now = live.get();
        assertThat(now.model().sitLimit()).isEqualTo(Duration.ofMinutes(20));
        assertThat(now.model().snooze()).as("--set stays on top").isEqualTo(Duration.ofMinutes(3));
        assertThat(told).containsExactly("20m");
        live.get();
        assertThat(told).as("told only of changes").hasSize(1);
    }

    @RegisterExtension
    final LogCapture log = new LogCapture(LiveSettings.class);

    @Test
    void a_lock_pushed_while_the_agent_runs_wins_over_its_command_line() throws Exception {
        LiveSettings live = new LiveSettings(store,
                settings -> new ModelSettingsBuilder(settings).set("snooze", "3m").set("engaged.limit", "10m").build(),
                ZoneOffset.UTC);
        assertThat(live.get().model().snooze()).isEqualTo(Duration.ofMinutes(3));

        Preferences locked = system.node(SettingsStore.LOCKED_NODE);
        locked.put("snooze", "15m");
        locked.flush();
        assertThat(live.get().model().snooze()).as("the lock, not --set snooze=3m").isEqualTo(Duration.ofMinutes(15));
        assertThat(live.get().model().engagedLimit()).as("--set where nothing is locked")
                .isEqualTo(Duration.ofMinutes(10));

        locked.put("break.gap", "12m");
        locked.flush();
        AgentSettings underLocks = live.get();
        assertThat(underLocks.model().breakGap()).as("the lock").isEqualTo(Duration.ofMinutes(12));
        assertThat(underLocks.model().engagedLimit()).as("the store's, as --set engaged.limit=10m no longer fits")
                .isEqualTo(Duration.ofHours(2));
        live.get();
        assertThat(log.events()).as("said once, not at every wake-up").singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("--set values do not go with the organisation's locked settings"));
    }

    @Test
    void a_value_written_by_another_process_is_seen_at_the_next_read() throws Exception {
        LiveSettings live = new LiveSettings(store, UnaryOperator.identity(), ZoneOffset.UTC);
        Preferences locked = system.node(SettingsStore.LOCKED_NODE);
        locked.put("work.start", "09:00");
        locked.flush();
        assertThat(live.get().workingHours().start()).hasToString("09:00");
        assertThat(live.values().get(Setting.WORK_START).locked()).isTrue();
    }
}
