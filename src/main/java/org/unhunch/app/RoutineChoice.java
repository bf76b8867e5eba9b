package org.unhunch.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.routine.RoutineFileException;
import org.unhunch.routine.RoutineStep;
import org.unhunch.settings.InvalidSettingException;
import org.unhunch.settings.Layer;
import org.unhunch.settings.Setting;
import org.unhunch.settings.SettingsStore;

/**
 * Which routine the agent guides: by id, from the bundled routines or from a file IT ships. A bad
 * file or an unknown id is said once, naming the file and the field or line, and the bundled
 * "Mid-back reset" is used instead: whatever is wrong with the file, the agent starts. A
 * {@code routine.id} or {@code routine.file} the organisation locked wins over the command line's.
 */
final class RoutineChoice {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineChoice.class);

    private RoutineChoice() {
    }

    /** The routine to guide and its steps for the person's equipment. */
    record Plan(Routine routine, List<RoutineStep> steps) {
    }

    /**
     * Refuses a routine or routine file asked for on the command line (either may be null) where the
     * organisation locked that setting, with the words of {@code settings set}.
     *
     * @throws InvalidSettingException naming the key, the value asked for and the locked value
     */
    static void requireNotLocked(Path file, String id, Map<Setting, SettingsStore.Resolved> values) {
        if (id != null) {
            SettingsStore.requireNotLocked(values.get(Setting.ROUTINE_ID), id);
        }
        if (file != null) {
            SettingsStore.requireNotLocked(values.get(Setting.ROUTINE_FILE), file.toString());
        }
    }

    /**
     * The routine the settings name ({@code routine.id}, {@code routine.file}, the equipment), with
     * {@code file} and {@code id} from the command line (either may be null) on top, but under the
     * organisation's locks: a lock pushed while the agent runs wins over them too.
     */
    static Plan plan(Path askedFile, String askedId, Map<Setting, SettingsStore.Resolved> values) {
        String storedFile = values.get(Setting.ROUTINE_FILE).value();
        SettingsStore.Resolved storedId = values.get(Setting.ROUTINE_ID);
        Path file = unlessLocked(values.get(Setting.ROUTINE_FILE), askedFile);
        String id = unlessLocked(storedId, askedId);
        boolean ownFile = file != null || !storedFile.isEmpty();
        // With a file of the organisation's own and no routine named by anyone, its first routine is the one.
        String chosenId = id != null ? id : ownFile && storedId.layer() == Layer.BUILT_IN ? null : storedId.value();
        Routine routine = file != null || storedFile.isEmpty() ? choose(file, chosenId) : choose(storedFile, chosenId);
        Set<String> equipment = new HashSet<>();
        if (Boolean.parseBoolean(values.get(Setting.EQUIPMENT_BAND).value())) {
            equipment.add("band");
        }
        if (Boolean.parseBoolean(values.get(Setting.EQUIPMENT_FOAM_ROLLER).value())) {
            equipment.add("foamRoller");
        }
        return new Plan(routine, routine.stepsFor(equipment));
    }

    /** {@code asked} on the command line, or null where the organisation locked {@code stored}'s setting. */
    private static <T> T unlessLocked(SettingsStore.Resolved stored, T asked) {
        if (asked != null && stored.locked()) {
            LOG.warn("Your organisation has locked {} at {}; this run's {} gives way to it", stored.setting().key(),
                    stored.value(), asked);
            return null;
        }
        return asked;
    }

    /** The routine from the file a setting names, which may be no path at all. */
    private static Routine choose(String storedFile, String id) {
        try {
            return choose(RoutineFile.path(storedFile), id);
        } catch (RoutineFileException e) {
            return bundledInstead(e, null);
        }
    }

    static Routine choose(Path file, String id) {
        List<Routine> available = RoutineFile.bundled();
        if (file != null) {
            try {
                RoutineFile.Checked checked = RoutineFile.readChecked(file);
                checked.notes().forEach(note -> LOG.warn("In the routine file: {}", note));
                available = checked.routines();
            } catch (RoutineFileException e) {
                return bundledInstead(e, null);
            } catch (RuntimeException e) {
                // A failure no check foresaw (a bug, a file system's unchecked error) must not stop the agent either.
                return bundledInstead(new RoutineFileException(file + ": cannot be read: " + e, e), e);
            }
        }
        if (id == null) {
            return available.get(0);
        }
        for (Routine routine : available) {
            if (routine.id().equals(id)) {
                return routine;
            }
        }
        // A routine named by id (a locked routine.id, say) that the file lacks is still one of the bundled ones.
        for (Routine routine : RoutineFile.bundled()) {
            if (routine.id().equals(id)) {
                return routine;
            }
        }
        LOG.warn("There is no routine '{}'{}; using {}.", id, file == null ? "" : " in " + file,
                available.get(0).name());
        return available.get(0);
    }

    /** @param unexpected the exception to log with its stack trace, or null for a problem the file's check found */
    private static Routine bundledInstead(RoutineFileException problem, RuntimeException unexpected) {
        Routine bundled = RoutineFile.bundled().get(0);
        LOG.warn("The routine file cannot be used: {}. Using the bundled {}.", problem.getMessage(), bundled.name(),
                unexpected);
        return bundled;
    }
}
