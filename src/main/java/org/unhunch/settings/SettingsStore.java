package org.unhunch.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Settings in layers, lowest to highest: built-in defaults &lt; organisation defaults (system
 * node {@code org/unhunch/policy/defaults}) &lt; the person's own (user node {@code org/unhunch/settings})
 * &lt; organisation locks (system node {@code org/unhunch/policy/locked}). A locked key always wins
 * and the person cannot change it. A bad value (wrong type, out of range, an {@code engaged.limit}
 * shorter than the {@code break.gap} in force) or an unknown key is
 * said once, naming the layer, the key and the value, and the next lower layer's value is used;
 * a store that cannot be read is said once and the defaults are used. Nothing here stops the agent.
 *
 * <p>Every read is of the store as it is now, and every change is kept together with what other
 * processes wrote, or fails leaving the store as it was ({@link StoredNode}; ADR 7).
 */
public final class SettingsStore {

    public static final String USER_NODE = "org/unhunch/settings";
    public static final String DEFAULTS_NODE = "org/unhunch/policy/defaults";
    public static final String LOCKED_NODE = "org/unhunch/policy/locked";

    /** A setting's value and where it came from. */
    public record Resolved(Setting setting, String value, Layer layer) {
        public boolean locked() {
            return layer == Layer.ORGANISATION_LOCK;
        }
    }

    private final Preferences userRoot;
    private final Preferences systemRoot;
    private final Consumer<String> warnings;
    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param userRoot   the person's preferences root ({@code Preferences.userRoot()} in the agent)
     * @param systemRoot the machine's preferences root ({@code Preferences.systemRoot()})
     * @param warnings   told once about each bad value, unknown key or unreadable store
     */
    public SettingsStore(Preferences userRoot, Preferences systemRoot, Consumer<String> warnings) {
        this.userRoot = userRoot;
        this.systemRoot = systemRoot;
        this.warnings = warnings;
    }

    public static SettingsStore forThisUser(Consumer<String> warnings) {
        return new SettingsStore(Preferences.userRoot(), Preferences.systemRoot(), warnings);
    }

    /** Every setting, resolved through the layers. */
    public Map<Setting, Resolved> all() {
        Map<Layer, Map<String, String>> layers = new EnumMap<>(Layer.class);
        layers.put(Layer.ORGANISATION_DEFAULT, read(systemRoot, DEFAULTS_NODE, Layer.ORGANISATION_DEFAULT));
        layers.put(Layer.USER, read(userRoot, USER_NODE, Layer.USER));
        layers.put(Layer.ORGANISATION_LOCK, read(systemRoot, LOCKED_NODE, Layer.ORGANISATION_LOCK));
        Map<Setting, Resolved> resolved = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            Resolved value = new Resolved(setting, setting.defaultValue(), Layer.BUILT_IN);
            for (Layer layer : List.of(Layer.ORGANISATION_DEFAULT, Layer.USER, Layer.ORGANISATION_LOCK)) {
                String raw = layers.get(layer).get(setting.storedKey());
                if (raw == null) {
                    continue;
                }
                try {
                    String checked = setting.check(raw);
                    requireFits(setting, checked, resolved);
                    value = new Resolved(setting, checked, layer);
                } catch (InvalidSettingException e) {
                    warnOnce(layer.description() + " " + e.getMessage() + "; using the "
                            + value.layer().description() + " " + value.value());
                }
            }
            resolved.put(setting, value);
        }
        return resolved;
    }

    /**
     * The one rule between settings: {@code engaged.limit} not shorter than {@code break.gap} (resolved
     * before it, in registry order). The built-in {@code engaged.limit} fits every allowed gap.
     */
    private static void requireFits(Setting setting, String value, Map<Setting, Resolved> resolved) {
        if (setting == Setting.ENGAGED_LIMIT) {
            Duration breakGap = DurationSyntax.parse(resolved.get(Setting.BREAK_GAP).value());
            if (DurationSyntax.parse(value).compareTo(breakGap) < 0) {
                throw new InvalidSettingException(setting.key(), value, "must not be shorter than break.gap ("
                        + resolved.get(Setting.BREAK_GAP).value() + ")");
            }
        }
    }

    public Resolved get(Setting setting) {
        return all().get(setting);
    }

    /** The model settings, resolved. */
    public org.unhunch.sitting.SittingSettings modelSettings() {
        return modelSettings(all());
    }

    /** The model settings among {@code resolved} values. */
    public static org.unhunch.sitting.SittingSettings modelSettings(Map<Setting, Resolved> resolved) {
        ModelSettingsBuilder builder = new ModelSettingsBuilder();
        for (Setting setting : Setting.values()) {
            setting.model().ifPresent(model -> builder.set(model.key(), resolved.get(setting).value()));
        }
        return builder.build();
    }

    /** When prompts may be shown, among {@code resolved} values. */
    public static WorkingHours workingHours(Map<Setting, Resolved> resolved) {
        return WorkingHours.of(resolved.get(Setting.WORK_DAYS).value(), resolved.get(Setting.WORK_START).value(),
                resolved.get(Setting.WORK_END).value());
    }

    /**
     * Sets the person's own value.
     *
     * @throws InvalidSettingException for an unknown key, a bad value, or a key the organisation locked
     * @throws SettingsUnavailableException if the person's store cannot be written
     */
    public void set(String key, String value) {
        Setting setting = Setting.byKey(key).orElseThrow(() -> new InvalidSettingException(key, value,
                "unknown setting; 'unhunch settings list' shows them all"));
        Map<Setting, Resolved> now = all();
        requireNotLocked(now.get(setting), value);
        String checked = setting.check(value);
        requireFitsWithTheOthers(setting, checked, now);
        write(() -> new StoredNode(userRoot, USER_NODE).change(values -> {
            values.put(setting.storedKey(), checked);
            return values;
        }));
        changed();
    }

    /**
     * Refuses a value for a setting the organisation locked: the one refusal of {@code settings set},
     * the settings dialog and {@code --set} alike.
     *
     * @throws InvalidSettingException naming the key, the value asked for and the locked value
     */
    public static void requireNotLocked(Resolved resolved, String value) {
        if (resolved.locked()) {
            throw new InvalidSettingException(resolved.setting().key(), value, "set by your organisation ("
                    + SettingText.quote(resolved.value()) + "); it cannot be changed here");
        }
    }

    /** @throws InvalidSettingException if, with this value, the model settings in force break a rule between them */
    private static void requireFitsWithTheOthers(Setting setting, String value, Map<Setting, Resolved> now) {
        if (setting.model().isPresent()) {
            Map<Setting, Resolved> after = new EnumMap<>(now);
            after.put(setting, new Resolved(setting, value, Layer.USER));
            modelSettings(after);
        }
    }

    /**
     * Removes the person's own value of {@code key} (all of them when {@code key} is null).
     *
     * @return whether there was a value of the person's own to remove
     */
    public boolean reset(String key) {
        List<Setting> settings = key == null ? List.of(Setting.values())
                : List.of(Setting.byKey(key).orElseThrow(() -> InvalidSettingException.unknownKey(key)));
        AtomicBoolean removed = new AtomicBoolean();
        write(() -> new StoredNode(userRoot, USER_NODE).change(values -> {
            settings.forEach(setting -> removed.compareAndSet(false, values.remove(setting.storedKey()) != null));
            return values;
        }));
        changed();
        return removed.get();
    }

    /**
     * Runs {@code changed} on the calling thread after this store's {@link #set} or {@link #reset}
     * (the settings dialog's). Changes that another process writes are not reported: read again
     * ({@link #all()}), which sees them at once. No node is made for watching: on a fresh profile
     * the JDK would write that empty node over the file another process wrote ({@code settings set}).
     */
    public void onChange(Runnable changed) {
        listeners.add(changed);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The values of node {@code path} as it is in the store now (see {@link StoredNode}), by stored key. */
    private Map<String, String> read(Preferences root, String path, Layer layer) {
        Map<String, String> values = new java.util.HashMap<>();
        try {
            new StoredNode(root, path).read().forEach((key, value) -> {
                Optional<Setting> setting = Setting.byKey(key);
                if (setting.isEmpty()) {
                    warnOnce(layer.description() + " " + SettingText.quote(key) + "=" + SettingText.quote(value)
                            + ": unknown setting, ignored");
                } else if (key.equals(setting.get().storedKey()) || !values.containsKey(setting.get().storedKey())) {
                    // Where a node has both spellings of a key, the stored (lower-case) one's value wins.
                    values.put(setting.get().storedKey(), value);
                }
            });
        } catch (BackingStoreException | RuntimeException e) {
            warnOnce(layer.together() + " (" + path + ") cannot be read (" + SettingText.escape(e.getMessage())
                    + "); the layers below are used");
        }
        UnreadableNode.keptAside(root, path).ifPresent(keptAside -> warnOnce(layer.together() + " in "
                + keptAside.resolveSibling(NodeFiles.VALUES) + " could not be read back (the file is not well-formed"
                + " XML), so Java moved it to " + keptAside + " and they are not used; set them again (that file"
                + " shows them), then delete it"));
        return values;
    }

    private interface PreferencesWrite {
        void run() throws BackingStoreException;
    }

    private static void write(PreferencesWrite write) {
        try {
            write.run();
        } catch (BackingStoreException | RuntimeException e) {
            if (e instanceof InvalidSettingException invalid) {
                throw invalid;
            }
            throw new SettingsUnavailableException("your settings cannot be saved ("
                    + SettingText.escape(e.getMessage()) + ")", e);
        }
    }

    private void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    /** For listing: every setting in registry order. */
    public List<Resolved> list() {
        return new ArrayList<>(all().values());
    }
}
