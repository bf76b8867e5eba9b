package org.unhunch.files;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * The name a file is moved aside to, never deleted: {@code PREFIX<UTC time>}, such as
 * {@code breaks.db.damaged-20261202T101500Z}, or with {@code -2}, {@code -3}… when that is taken.
 */
public final class AsideName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private AsideName() {
    }

    /** A name beside {@code file}, {@code prefix} and the time {@code now}, that {@code taken} does not refuse. */
    public static Path free(Path file, String prefix, Instant now, Predicate<Path> taken) {
        String stamp = STAMP.format(now);
        Path aside = file.resolveSibling(prefix + stamp);
        for (int n = 2; taken.test(aside); n++) {
            aside = file.resolveSibling(prefix + stamp + "-" + n);
        }
        return aside;
    }
}
