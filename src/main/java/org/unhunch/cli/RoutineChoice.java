package org.unhunch.cli;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.routine.Routine;
import org.unhunch.routine.RoutineFile;
import org.unhunch.routine.RoutineFileException;

/**
 * Which routine the agent guides: by id, from the bundled routines or from a file IT ships. A bad
 * file or an unknown id is said once, naming the file and the field or line, and the bundled
 * "Mid-back reset" is used instead.
 */
final class RoutineChoice {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineChoice.class);

    private RoutineChoice() {
    }

    static Routine choose(Path file, String id) {
        List<Routine> bundled = RoutineFile.bundled();
        List<Routine> available = bundled;
        if (file != null) {
            try {
                available = RoutineFile.read(file);
            } catch (RoutineFileException e) {
                LOG.warn("The routine file cannot be used: {}. Using the bundled {}.", e.getMessage(),
                        bundled.get(0).name());
                return bundled.get(0);
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
        LOG.warn("There is no routine '{}'{}; using {}.", id, file == null ? "" : " in " + file, available.get(0).name());
        return available.get(0);
    }
}
