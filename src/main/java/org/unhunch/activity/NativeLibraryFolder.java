package org.unhunch.activity;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeLibraryLocator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Tells JNativeHook where its native library is, instead of letting it extract a copy next to its
 * own jar (fails on a read-only install) or into a shared temp folder (an executable anyone could
 * swap). In order: a library shipped in the installed application's folder
 * ({@code unhunch.native.shipped}), else a copy extracted into the per-user data folder
 * ({@code unhunch.native.dir}), written through a temporary file and moved into place, and
 * rewritten whenever its bytes differ from the bundled ones.
 */
public final class NativeLibraryFolder implements NativeLibraryLocator {

    /** System property: a folder holding the platform's shipped JNativeHook library, if any. */
    public static final String SHIPPED_PROPERTY = "unhunch.native.shipped";
    /** System property: the per-user folder to extract the bundled library into. */
    public static final String EXTRACT_PROPERTY = "unhunch.native.dir";

    @Override
    public Iterator<File> getLibraries() {
        String fileName = System.mapLibraryName("JNativeHook").replaceAll("\\.jnilib$", ".dylib");
        String shipped = System.getProperty(SHIPPED_PROPERTY);
        if (shipped != null && Files.isRegularFile(Path.of(shipped, fileName))) {
            return List.of(Path.of(shipped, fileName).toFile()).iterator();
        }
        String extractTo = System.getProperty(EXTRACT_PROPERTY);
        if (extractTo == null) {
            throw new IllegalStateException(EXTRACT_PROPERTY + " is not set");
        }
        try {
            return List.of(extract(Path.of(extractTo), fileName).toFile()).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JNativeHook's library into " + extractTo, e);
        }
    }

    /** The bundled library's resource path for this operating system and processor. */
    static String resourcePath(String fileName) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String family = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String folder = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "x86";
            default -> arch.startsWith("arm") ? "arm" : arch;
        };
        return "/com/github/kwhat/jnativehook/lib/" + family + "/" + folder + "/" + fileName;
    }

    static Path extract(Path folder, String fileName) throws IOException {
        byte[] bundled;
        try (InputStream in = GlobalScreen.class.getResourceAsStream(resourcePath(fileName))) {
            if (in == null) {
                throw new IOException("no JNativeHook library bundled for this platform (" + resourcePath(fileName) + ")");
            }
            bundled = in.readAllBytes();
        }
        Files.createDirectories(folder);
        Path library = folder.resolve(fileName);
        if (Files.isRegularFile(library) && Arrays.equals(Files.readAllBytes(library), bundled)) {
            return library;
        }
        Path partial = Files.createTempFile(folder, fileName, ".partial");
        try {
            Files.write(partial, bundled);
            try {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return library;
    }
}
