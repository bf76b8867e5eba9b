package org.unhunch.agent;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;

/**
 * The settings store as the running agent sees it. The agent loop reads it at every wake-up, at
 * most {@link AgentLoop#MAX_SLEEP} (five minutes) after the one before, and each read is of the
 * store as it is then (on Linux the JDK's files themselves, see {@code SettingsStore}), so a value
 * another process wrote ({@code unhunch settings set}, IT's policy) reaches the model at the next
 * wake-up. A change made in this process (the settings dialog) brings that wake-up forward. Values
 * given with {@code --set} for one run stay on top of the store's.
 */
public final class LiveSettings implements Supplier<AgentSettings> {

    private final SettingsStore store;
    private final UnaryOperator<org.unhunch.sitting.SittingSettings> overrides;
    private final ZoneId zone;
    private final List<Consumer<Map<Setting, Resolved>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<Setting, Resolved> values;

    public LiveSettings(SettingsStore store, UnaryOperator<org.unhunch.sitting.SittingSettings> overrides,
                        ZoneId zone) {
        this.store = store;
        this.overrides = overrides;
        this.zone = zone;
        this.values = store.all();
    }

    /** Reads the store again; if anything changed, tells the listeners (on the calling thread) first. */
    @Override
    public synchronized AgentSettings get() {
        Map<Setting, Resolved> read = store.all();
        if (!read.equals(values)) {
            values = read;
            listeners.forEach(listener -> listener.accept(read));
        }
        return new AgentSettings(modelSettings(read), SettingsStore.workingHours(read), zone);
    }

    /** The model settings among {@code values}, with the command line's on top. */
    public org.unhunch.sitting.SittingSettings modelSettings(Map<Setting, Resolved> values) {
        return overrides.apply(SettingsStore.modelSettings(values));
    }

    /** The values as last read. */
    public Map<Setting, Resolved> values() {
        return values;
    }

    public String value(Setting setting) {
        return values.get(setting).value();
    }

    /** Told of the new values when a re-read finds a change. */
    public void onChange(Consumer<Map<Setting, Resolved>> listener) {
        listeners.add(listener);
    }

    /** Runs {@code wakeUp} when a value changes in this process (see {@link SettingsStore#onChange}). */
    public void wakeOnChange(Runnable wakeUp) {
        store.onChange(wakeUp);
    }

    public SettingsStore store() {
        return store;
    }
}
