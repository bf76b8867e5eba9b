package org.unhunch.app;

import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.settings.DurationSyntax;
import org.unhunch.settings.ModelSetting;
import org.unhunch.sitting.SittingSettings;

/**
 * This run's {@code --set} values on top of the store's model settings, as the agent reads them
 * again and again. The values were checked against the store at the start; a store changed later
 * (a policy, the settings dialog) can make them no longer go together. Then the agent keeps the
 * settings it started with, and says so in the log, once for each such change, naming the values.
 */
final class CommandLineSettings implements UnaryOperator<SittingSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineSettings.class);

    private final UnaryOperator<SittingSettings> commandLine;
    private final SittingSettings atStart;
    private SittingSettings refused;

    /**
     * @param commandLine puts the {@code --set} values on top of its argument; throws
     *                    {@link IllegalArgumentException} naming the value that does not fit
     */
    CommandLineSettings(UnaryOperator<SittingSettings> commandLine, SittingSettings atStart) {
        this.commandLine = commandLine;
        this.atStart = atStart;
    }

    @Override
    public synchronized SittingSettings apply(SittingSettings stored) {
        try {
            SittingSettings applied = commandLine.apply(stored);
            refused = null;
            return applied;
        } catch (IllegalArgumentException e) {
            if (!stored.equals(refused)) {
                refused = stored;
                LOG.warn("The stored settings ({}) no longer go with this run's --set ({}); the agent keeps the"
                        + " settings it started with ({})", describe(stored), e.getMessage(), describe(atStart));
            }
            return atStart;
        }
    }

    /** "sit.limit=45m, break.gap=5m, …": every model setting with its value. */
    static String describe(SittingSettings settings) {
        StringJoiner text = new StringJoiner(", ");
        for (ModelSetting setting : ModelSetting.values()) {
            text.add(setting.key() + "=" + DurationSyntax.format(setting.valueIn(settings)));
        }
        return text.toString();
    }
}
