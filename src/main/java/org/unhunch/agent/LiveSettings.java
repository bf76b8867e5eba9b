package org.unhunch.agent;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.ModelSettingsBuilder;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;
import org.unhunch.settings.SettingsStore.Resolved;

/**
 * The settings store as the running agent sees it. The agent loop reads it at every wake-up, at
 * most {@link AgentLoop#MAX_SLEEP} (four minutes, within the five the README promises) after the
 * one before, and each read is of the store as it is then (on Linux the JDK's files themselves, see
 * {@code SettingsStore}), so a value
 * another process wrote ({@code unhunch settings set}, IT's policy) reaches the model at the next
 * wake-up. A change made in this process (the settings dialog) brings that wake-up forward. Values
 * given with {@code --set} for one run stay on top of the store's, but under the organisation's locks.
 */
public final class LiveSettings implements Supplier<AgentSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    private final SettingsStore store;
    private final UnaryOperator<org.unhunch.sitting.SittingSettings> overrides;
    private final ZoneId zone;
    private final List<Consumer<Map<Setting, Resolved>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<Setting, Resolved> values;
    private volatile org.unhunch.sitting.SittingSettings lockedOut;

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

    /**
     * The model settings among {@code values}, with the command line's on top, and the organisation's
     * locks on top of those: a lock pushed while the agent runs wins over {@code --set} too.
     */
    public org.unhunch.sitting.SittingSettings modelSettings(Map<Setting, Resolved> values) {
        org.unhunch.sitting.SittingSettings stored = SettingsStore.modelSettings(values);
        try {
            ModelSettingsBuilder locksOnTop = new ModelSettingsBuilder(overrides.apply(stored));
            values.values().stream().filter(Resolved::locked).forEach(locked -> locked.setting().model()
                    .ifPresent(model -> locksOnTop.set(model.key(), locked.value())));
            return locksOnTop.build();
        } catch (InvalidSettingException e) {
            // A --set engaged.limit shorter than a locked break.gap: the store's settings, which fit.
            if (!stored.equals(lockedOut)) {
                lockedOut = stored;
                LOG.warn("This run's --set values do not go with the organisation's locked settings ({}); the agent"
                        + " uses the stored settings", e.getMessage());
            }
            return stored;
        }
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
