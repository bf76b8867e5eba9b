package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void kdes_notifications_inhibited_is_do_not_disturb_on_then_off() throws Exception {
        buses.send("notifications kde");
        PresenceSource source = start(new NotificationsInhibited(buses.env(null)));
        assertThat(source.signal()).isEqualTo(Signal.DO_NOT_DISTURB);
        assertThat(told).containsExactly(false);

        buses.send("notifications-inhibited true");
        awaitTold(false, true);
        buses.send("notifications-inhibited false");
        awaitTold(false, true, false);
    }

    @Test
    void notifications_inhibited_before_the_start_is_on_from_the_start() throws Exception {
        buses.send("notifications kde");
        buses.send("notifications-inhibited true");

        start(new NotificationsInhibited(buses.env(null)));

        assertThat(told).containsExactly(true);
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
    void without_a_notification_service_the_source_is_not_available() throws Exception {
        buses.send("notifications absent");

        assertThatThrownBy(() -> start(new NotificationsInhibited(buses.env(null))))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("org.freedesktop.Notifications does not answer on the session bus (DBusExecutionException)");
        assertThat(told).isEmpty();
    }

    @Test
    void power_managements_inhibitor_is_engaged_on_then_off() throws Exception {
        buses.send("power-management present");
        PresenceSource source = start(new PowerManagementInhibited(buses.env(null)));
        assertThat(source.signal()).isEqualTo(Signal.IDLE_INHIBITOR);
        assertThat(told).containsExactly(false);

        buses.send("power-inhibit true");
        awaitTold(false, true);
        buses.send("power-inhibit false");
        awaitTold(false, true, false);
    }

    @Test
    void power_management_inhibited_before_the_start_is_on_from_the_start() throws Exception {
        buses.send("power-management present");
        buses.send("power-inhibit true");

        start(new PowerManagementInhibited(buses.env(null)));

        assertThat(told).containsExactly(true);
    }

    @Test
    void without_power_management_the_source_is_not_available() throws Exception {
        buses.send("power-management absent");

        assertThatThrownBy(() -> start(new PowerManagementInhibited(buses.env(null))))
                .isInstanceOf(PresenceSource.Unavailable.class)
                .hasMessage("org.freedesktop.PowerManagement does not answer on the session bus"
                        + " (DBusExecutionException)");
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
                "GNOME's do-not-disturb (gsettings org.gnome.desktop.notifications show-banners)");
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
