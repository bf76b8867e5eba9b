package org.unhunch.activity;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeLibraryLocator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unhunch.files.AccessRules;
import org.unhunch.files.FactsReader;
import org.unhunch.files.FileFacts;
import org.unhunch.files.OwnerOnly;
import org.unhunch.files.UnsafePathException;
import org.unhunch.files.Verdict;

/**
 * Tells JNativeHook where its native library is, instead of letting it extract a copy next to its
 * own jar (fails on a read-only install) or into a shared temp folder (an executable anyone could
 * swap). In order: a library shipped in the installed application's folder
 * ({@code unhunch.native.shipped}), else a copy extracted into the per-user data folder
 * ({@code unhunch.native.dir}). It is loaded by its path right after the check, so the path
 * must lead to what was checked: where the file system has owners and modes, the library and
 * every folder above it must be ones nobody but the user and root can change
 * ({@link AccessRules}; docs/decisions/0008), and for a library shipped inside the installed
 * application's own folder, every folder up to that one. The extracted copy is rewritten (a new
 * file, moved into place) whenever it is not exactly the bundled bytes or not safe. {@link #install}
 * also keeps JNativeHook from loading a library of its name from {@code java.library.path} first.
 */
public final class NativeLibraryFolder implements NativeLibraryLocator {

    /** JNativeHook's system property: the locator it asks for its library. */
    static final String LOCATOR_PROPERTY = "jnativehook.lib.locator";
    /**
     * JNativeHook's system property: the name its {@code GlobalScreen} first hands to
     * {@code System.loadLibrary}, which loads a file of that name from any folder on
     * {@code java.library.path} (the environment's {@code LD_LIBRARY_PATH}, {@code PATH} on Windows,
     * an empty entry meaning the current folder); only if that fails does it ask the locator.
     */
    static final String LIBRARY_NAME_PROPERTY = "jnativehook.lib.name";
    /**
     * A library name holding a folder separator, which the JDK refuses before it searches any folder
     * ({@code UnsatisfiedLinkError}, which {@code GlobalScreen} catches): so the locator is always asked.
     */
    static final String UNSEARCHABLE_NAME = "JNativeHook" + File.separator + "loaded-only-from-a-verified-path";

    /** System property: a folder holding the platform's shipped JNativeHook library, if any. */
    public static final String SHIPPED_PROPERTY = "unhunch.native.shipped";
    /** System property: the per-user folder to extract the bundled library into. */
    public static final String EXTRACT_PROPERTY = "unhunch.native.dir";
    /** jpackage's launcher's system property: its own path, in the installed application's folder. */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryFolder.class);
    /** Read and execute for the owner only: nobody writes a library once it is in place. */
    private static final int LIBRARY_MODE = 0500;

    /**
     * Makes JNativeHook load its library through this locator alone, extracting it into
     * {@code extractTo}: to be called before {@code GlobalScreen} is first used.
     */
    static void install(Path extractTo) {
        System.setProperty(LIBRARY_NAME_PROPERTY, UNSEARCHABLE_NAME);
        System.setProperty(LOCATOR_PROPERTY, NativeLibraryFolder.class.getName());
        System.setProperty(EXTRACT_PROPERTY, extractTo.toString());
    }

    /**
     * The library, already loaded: it is loaded here, right after it was checked, and
     * {@code GlobalScreen} loading the same path again is a no-op for the JDK.
     */
    @Override
    public Iterator<File> getLibraries() {
        Path library = verifiedLibrary();
        System.load(library.toString());
        return List.of(library.toFile()).iterator();
    }

    /** The library to load, checked (or written) as the class comment says; not loaded. */
    static Path verifiedLibrary() {
        String fileName = System.mapLibraryName("JNativeHook").replaceAll("\\.jnilib$", ".dylib");
        String shipped = System.getProperty(SHIPPED_PROPERTY);
        if (shipped != null) {
            Optional<Path> library = shipped(Path.of(shipped), fileName);
            if (library.isPresent()) {
                return library.get();
            }
        }
        String extractTo = System.getProperty(EXTRACT_PROPERTY);
        if (extractTo == null) {
            throw new IllegalStateException(EXTRACT_PROPERTY + " is not set");
        }
        try {
            return extract(Path.of(extractTo), fileName);
        } catch (UnsafePathException e) {
            throw new UncheckedIOException("Unhunch does not load it from " + extractTo + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JNativeHook's library into " + extractTo, e);
        }
    }

    /**
     * The shipped library in {@code folder}, as a real path, if it is there and safe: owned by the
     * user or root, written by nobody else, in folders nobody else can change. One that is there
     * but unsafe is said and not used.
     */
    static Optional<Path> shipped(Path folder, String fileName) {
        return shipped(folder, fileName, applicationRoot(System.getProperty("os.name", ""),
                System.getProperty(APP_PATH_PROPERTY)), OwnerOnly.FACTS);
    }

    /**
     * {@link #shipped(Path, String)} with the installed application's own folder, if any, and the
     * facts read by {@code facts}. Inside that folder the chain of folders is checked from the
     * library up to the application's folder only (ADR 8, addendum): whoever can change what lies
     * above it (on macOS the {@code admin} group, through {@code /Applications}) can replace the
     * application itself, its launcher, jar and runtime, and gains nothing from its library.
     */
    static Optional<Path> shipped(Path folder, String fileName, Optional<Path> applicationRoot, FactsReader facts) {
        Path library = folder.resolve(fileName);
        if (!Files.isRegularFile(library)) {
            return Optional.empty();
        }
        try {
            Path real = library.toRealPath();
            Verdict verdict = facts.read(real).map(found -> AccessRules.trustedLibrary(found, true))
                    .orElse(Verdict.keep());
            if (verdict.action() == Verdict.Action.REFUSE) {
                throw new UnsafePathException(real + " " + verdict.reason());
            }
            Optional<Path> top = realFolder(applicationRoot).filter(root -> real.getParent().startsWith(root));
            AccessRules.requireTrustedChain(real.getParent(), top, facts);
            return Optional.of(real);
        } catch (IOException e) {
            LOG.warn("The input hook's library shipped in {} is not used ({}); the copy bundled with Unhunch is used"
                    + " instead", folder, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The folder jpackage installed the application into, from its launcher's path
     * ({@code jpackage.app-path}): {@code ROOT/bin/LAUNCHER} on Linux ({@code /opt/unhunch}),
     * {@code ROOT.app/Contents/MacOS/LAUNCHER} on macOS ({@code /Applications/Unhunch.app}),
     * {@code ROOT\LAUNCHER.exe} on Windows. Empty when not started by such a launcher.
     */
    static Optional<Path> applicationRoot(String osName, String launcher) {
        if (launcher == null || launcher.isBlank()) {
            return Optional.empty();
        }
        Path folder;
        try {
            folder = Path.of(launcher).toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (folder == null) {
            return Optional.empty();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Optional.of(folder);
        }
        if (os.startsWith("mac")) {
            Path contents = folder.getParent();
            Path bundle = contents == null ? null : contents.getParent();
            return named(folder, "MacOS") && named(contents, "Contents") && bundle != null
                    && bundle.getFileName() != null && bundle.getFileName().toString().endsWith(".app")
                    ? Optional.of(bundle) : Optional.empty();
        }
        return named(folder, "bin") && folder.getParent() != null ? Optional.of(folder.getParent()) : Optional.empty();
    }

    private static boolean named(Path path, String name) {
        return path != null && path.getFileName() != null && path.getFileName().toString().equals(name);
    }

    /** The folder as a real path (no link in it to swap), or empty when it cannot be resolved. */
    private static Optional<Path> realFolder(Optional<Path> folder) {
        try {
            return folder.isPresent() ? Optional.of(folder.get().toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
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

    /**
     * Puts the bundled library into {@code folder} (created 700 if missing, tightened to 700 if the
     * user's and open) and returns its real path.
     *
     * @throws UnsafePathException if the folder is another user's, or it or a folder above it can be
     *                             changed by someone other than the user and root
     */
    static Path extract(Path folder, String fileName) throws IOException {
        byte[] bundled = bundledBytes(fileName);
        Path real = privateFolder(folder);
        Path library = real.resolve(fileName);
        if (isSafeCopy(library, bundled)) {
            return library;
        }
        // A fresh file under a name nobody can predict, created only if new; never a file found here.
        Path partial = Files.createTempFile(real, fileName, ".partial", OwnerOnly.fileAttributes(real));
        try {
            Files.write(partial, bundled);
            if (OwnerOnly.hasOwnersAndModes(partial)) {
                OwnerOnly.setMode(partial, LIBRARY_MODE);
            }
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

    private static byte[] bundledBytes(String fileName) throws IOException {
        try (InputStream in = GlobalScreen.class.getResourceAsStream(resourcePath(fileName))) {
            if (in == null) {
                throw new IOException("no JNativeHook library bundled for this platform (" + resourcePath(fileName) + ")");
            }
            return in.readAllBytes();
        }
    }

    /** The folder as a real path, created or tightened to 700, checked up to the root. */
    private static Path privateFolder(Path folder) throws IOException {
        OwnerOnly.createFolders(folder);
        Path real = folder.toRealPath();
        Optional<FileFacts> facts = OwnerOnly.facts(real);
        if (facts.isPresent()) {
            Verdict verdict = AccessRules.privateFolder(facts.get());
            if (verdict.action() == Verdict.Action.REFUSE) {
                throw new UnsafePathException(real + " " + verdict.reason());
            }
            if (verdict.action() == Verdict.Action.TIGHTEN) {
                OwnerOnly.setMode(real, verdict.mode());
                LOG.info("{} {}; it is now {}", real, verdict.reason(), Integer.toOctalString(verdict.mode()));
            }
            AccessRules.requireTrustedChain(real, OwnerOnly.FACTS);
        }
        return real;
    }

    /** A regular file of the user's that nobody else may write, holding exactly the bundled bytes. */
    private static boolean isSafeCopy(Path library, byte[] bundled) throws IOException {
        if (!Files.isRegularFile(library)) {
            return false;
        }
        Optional<FileFacts> facts = OwnerOnly.facts(library);
        if (facts.isPresent() && AccessRules.trustedLibrary(facts.get(), false).action() != Verdict.Action.KEEP) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(library), bundled);
    }
}
