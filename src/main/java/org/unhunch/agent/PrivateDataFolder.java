package org.unhunch.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.files.AccessRules;
import org.unhunch.files.FileFacts;
import org.unhunch.files.OwnerOnly;
import org.unhunch.files.UnsafePathException;
import org.unhunch.files.Verdict;
import org.unhunch.records.SqliteBreakLog;

/**
 * Keeps the data folder private, since the break history says when a person sat, took or skipped
 * breaks: a new folder is made 700, an existing one of the user's is tightened to 700 and Unhunch's
 * files in it to 600 (saying once that it was open), and one of another user is refused. Where the
 * file system has no owners and modes (Windows) the folder's inherited access list is left to do it.
 */
public final class PrivateDataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateDataFolder.class);

    private PrivateDataFolder() {
    }

    /**
     * Creates the data folder (700, with any missing folder above it) unless it exists.
     *
     * @throws UnsafePathException if it belongs to another user
     */
    public static Path create(Path folder) throws IOException {
        OwnerOnly.createFolders(folder);
        requireOwn(folder);
        return folder;
    }

    /**
     * Refuses a data folder that belongs to another user, creating and changing nothing (for the
     * commands that only read it); one that does not exist yet is no one's.
     *
     * @throws UnsafePathException if it belongs to another user
     */
    public static void requireOwn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Optional<FileFacts> facts = OwnerOnly.facts(folder.toRealPath());
        if (facts.isPresent() && facts.get().owner() != FileFacts.Owner.USER) {
            throw new UnsafePathException(folder + " belongs to another user, who could read and change your break"
                    + " history there");
        }
    }

    /**
     * Tightens the data folder to 700 and Unhunch's own entries in it ({@code breaks.db} and its
     * companions and damaged copies, {@code agent.lock}, {@code logs/} and its files, {@code native/})
     * to owner-only. Tells {@code warnings} that the folder was open to others (so only once), and
     * about anything it leaves open: an entry of another user, a mode the file system does not change.
     * Other files in the folder are not Unhunch's and are left alone.
     */
    public static void repair(Path folder, Consumer<String> warnings) {
        try {
            Path real = folder.toRealPath();
            Verdict verdict = apply(real, AccessRules::privateFolder, warnings);
            if (verdict.action() == Verdict.Action.REFUSE) {
                return;
            }
            if (verdict.action() == Verdict.Action.TIGHTEN) {
                warnings.accept("The data folder " + folder + " " + verdict.reason() + ", who could read your break"
                        + " history and logs; it is now " + Integer.toOctalString(verdict.mode())
                        + ", yours alone, and Unhunch's files in it 600.");
            }
            for (Path entry : list(real)) {
                String name = entry.getFileName().toString();
                if (name.startsWith(SqliteBreakLog.FILE_NAME) || name.equals(SingleInstance.FILE_NAME)) {
                    tightenEntry(entry, AccessRules::privateFile, warnings);
                } else if (name.equals(DataDirectory.NATIVE)) {
                    tightenEntry(entry, AccessRules::privateFolder, warnings);
                } else if (name.equals(DataDirectory.LOGS)
                        && tightenEntry(entry, AccessRules::privateFolder, warnings) != Verdict.Action.REFUSE) {
                    for (Path log : list(entry)) {
                        tightenEntry(log, AccessRules::privateFile, warnings);
                    }
                }
            }
        } catch (IOException e) {
            warnings.accept("The data folder " + folder + " cannot be checked for other users' access ("
                    + e.getMessage() + ")");
        }
    }

    private static Verdict.Action tightenEntry(Path entry, Function<FileFacts, Verdict> rule, Consumer<String> warnings)
            throws IOException {
        Verdict verdict = apply(entry, rule, warnings);
        if (verdict.action() == Verdict.Action.TIGHTEN) {
            LOG.info("{} {}; it is now {}", entry, verdict.reason(), Integer.toOctalString(verdict.mode()));
        }
        return verdict.action();
    }

    /**
     * Applies {@code rule} to {@code path}: changes its mode if it says tighten, and tells
     * {@code warnings} what it leaves open (then the answer is refuse).
     */
    private static Verdict apply(Path path, Function<FileFacts, Verdict> rule, Consumer<String> warnings)
            throws IOException {
        Optional<FileFacts> facts = OwnerOnly.facts(path);
        if (facts.isEmpty()) {
            return Verdict.keep();
        }
        Verdict verdict = rule.apply(facts.get());
        if (verdict.action() == Verdict.Action.REFUSE) {
            warnings.accept(path + " " + verdict.reason() + "; Unhunch leaves it as it is.");
        } else if (verdict.action() == Verdict.Action.TIGHTEN) {
            try {
                OwnerOnly.setMode(path, verdict.mode());
            } catch (IOException | UnsupportedOperationException e) {
                warnings.accept(path + " is open to other users (mode " + facts.get().octalMode()
                        + ") and cannot be made private (" + e.getMessage() + ")");
                return Verdict.refuse("cannot be made private");
            }
        }
        return verdict;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
