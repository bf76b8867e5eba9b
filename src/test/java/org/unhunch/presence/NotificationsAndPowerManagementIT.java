package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unhunch.testing.MockBuses;

/**
 * The freedesktop.org sources KDE and Xfce offer, against python3-dbusmock services on a private
 * session bus: do-not-disturb from {@code org.freedesktop.Notifications}' {@code Inhibited}, and an
 * idle inhibitor from {@code org.freedesktop.PowerManagement}'s {@code HasInhibit}. Each says on and
 * off as the service changes, and is not available where the service is missing — or, for GNOME's
 * notification daemon, where it has no {@code Inhibited}.
 */
class NotificationsAndPowerManagementIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    private static MockBuses buses;

    private final List<Boolean> told = new CopyOnWriteArrayList<>();
    private final List<PresenceSource> opened = new ArrayList<>();

    /**
     * One service: the mock_buses.py commands that start it, change it and take it away, and its source.
     */
    record Service(String name, String start, String change, String absent, Signal signal,
                   Function<Map<String, String>, PresenceSource> source) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Service> services() {
        return Stream.of(
                new Service("org.freedesktop.Notifications", "notifications kde", "notifications-inhibited",
                        "notifications absent", Signal.DO_NOT_DISTURB, NotificationsInhibited::new),
                new Service("org.freedesktop.PowerManagement", "power-management present", "power-inhibit",
                        "power-management absent", Signal.IDLE_INHIBITOR, PowerManagementInhibited::new));
    }

    @BeforeAll
    static void startBuses() throws Exception {
        buses = MockBuses.start();
    }

    @AfterAll
    static void stopBuses() {
        if (buses != null) {
            buses.close();
        }
    }

    @AfterEach
    void closeSources() {
        opened.forEach(PresenceSource::close);
    }

    @ParameterizedTest
    @MethodSource("services")
    void says_off_at_the_start_then_on_and_off_as_the_service_changes(Service service) throws Exception {
        buses.send(service.start());
        PresenceSource source = start(service.source().apply(buses.env(null)));
        assertThat(source.signal()).isEqualTo(service.signal());
        assertThat(told).containsExactly(false);

        buses.send(service.change() + " true");
        awaitTold(false, true);
        buses.send(service.change() + " false");
        awaitTold(false, true, false);
    }

    @ParameterizedTest
    @MethodSource("services")
    void on_before_the_start_is_on_from_the_start(Service service) throws Exception {
        buses.send(service.start());
        buses.send(service.change() + " true");

        start(service.source().apply(buses.env(null)));

        assertThat(told).containsExactly(true);
    }

    @ParameterizedTest
    @MethodSource("services")
    void without_the_service_the_source_is_not_available(Service service) throws Exception {
        buses.send(service.absent());

        assertThatThrownBy(() -> start(service.source().apply(buses.env(null))))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage(service.name() + " does not answer on the session bus (DBusExecutionException)");
        assertThat(told).isEmpty();
    }

    @Test
    void gnomes_notification_daemon_has_no_inhibited_and_the_source_says_so() throws Exception {
        buses.send("notifications gnome");

        assertThatThrownBy(() -> start(new NotificationsInhibited(buses.env(null))))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("org.freedesktop.Notifications has no Inhibited property on the session bus"
                        + " (NoSuchProperty)");
        assertThat(told).isEmpty();
    }

    @Test
    void linux_lists_them_with_gnomes_sources() {
        LinuxSources linux = new LinuxSources(buses.env(null));

        assertThat(linux.idleInhibitors()).map(PresenceSource::name).containsExactly(
                "org.gnome.SessionManager's idle inhibitor (session bus)",
                "org.freedesktop.PowerManagement's idle inhibitor (session bus)");
        assertThat(linux.doNotDisturb()).map(PresenceSource::name).containsExactly(
                "org.freedesktop.Notifications's do-not-disturb (session bus)",
                "GNOME's do-not-disturb (gsettings get org.gnome.desktop.notifications show-banners)");
        assertThat(linux.doNotDisturb()).map(PresenceSource::signal).containsOnly(Signal.DO_NOT_DISTURB);
    }

    private PresenceSource start(PresenceSource source) throws PresenceSource.Unavailable {
        opened.add(source);
        source.start(told::add);
        return source;
    }

    private void awaitTold(Boolean... expected) {
        await("told " + List.of(expected)).atMost(WITHIN).untilAsserted(() -> assertThat(told).containsExactly(expected));
    }
}
