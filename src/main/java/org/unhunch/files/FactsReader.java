package org.unhunch.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a path's {@link FileFacts}; empty where the file system has no owners and modes (Windows). */
@FunctionalInterface
public interface FactsReader {

    Optional<FileFacts> read(Path path) throws IOException;
}
