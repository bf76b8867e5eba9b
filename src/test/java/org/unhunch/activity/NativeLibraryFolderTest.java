package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.testing.PosixModes.chmod;
import static org.unhunch.testing.PosixModes.giveToAnotherUser;
import static org.unhunch.testing.PosixModes.mode;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.files.FactsReader;
import org.unhunch.files.FileFacts;
import org.unhunch.files.FileFacts.Kind;
import org.unhunch.files.FileFacts.Owner;
import org.unhunch.testing.LogCapture;
import org.unhunch.testing.PosixModes;

class NativeLibraryFolderTest {

    private static final String LIBRARY = System.mapLibraryName("JNativeHook");

    @TempDir
    Path folder;

    @RegisterExtension
    final LogCapture logged = new LogCapture(NativeLibraryFolder.class);

    @Test
    void the_bundled_library_is_extracted_into_the_folder_the_app_controls() throws Exception {
        Path library = NativeLibraryFolder.extract(folder.resolve("native"), LIBRARY);
        assertThat(library).isRegularFile().hasParent(folder.resolve("native"));
        assertThat(Files.size(library)).isGreaterThan(10_000);
        try (var files = Files.list(folder.resolve("native"))) {
            assertThat(files).as("no partial files left behind").containsExactly(library);
        }
    }

    @Test
    void a_copy_that_differs_from_the_bundled_bytes_is_replaced() throws Exception {
        Path library = NativeLibraryFolder.extract(folder, LIBRARY);
        byte[] bundled = Files.readAllBytes(library);
        Files.write(library, new byte[] {1, 2, 3});
        NativeLibraryFolder.extract(folder, LIBRARY);
        assertThat(Files.readAllBytes(library)).isEqualTo(bundled);
    }

    @Test
    void the_locator_prefers_a_library_shipped_with_the_installed_application() throws Exception {
        Path shipped = Files.createDirectories(folder.resolve("app/native"));
        Files.write(shipped.resolve(LIBRARY), new byte[] {7});
        String before = System.getProperty(NativeLibraryFolder.SHIPPED_PROPERTY);
        System.setProperty(NativeLibraryFolder.SHIPPED_PROPERTY, shipped.toString());
        try {
            assertThat(NativeLibraryFolder.verifiedLibrary()).isEqualTo(shipped.resolve(LIBRARY));
        } finally {
            if (before == null) {
                System.clearProperty(NativeLibraryFolder.SHIPPED_PROPERTY);
            } else {
                System.setProperty(NativeLibraryFolder.SHIPPED_PROPERTY, before);
            }
        }
    }

    @Test
    void the_library_is_written_read_only_for_its_owner_in_a_folder_of_the_users_alone() throws Exception {
        PosixModes.require(folder);
        Path library = NativeLibraryFolder.extract(folder.resolve("data/native"), LIBRARY);
        assertThat(mode(library)).isEqualTo(0500);
        assertThat(mode(folder.resolve("data/native"))).isEqualTo(0700);
        assertThat(mode(folder.resolve("data"))).as("a missing data folder is created private too").isEqualTo(0700);
    }

    @Test
    void a_native_folder_open_to_others_is_made_the_users_alone_before_anything_is_loaded() throws Exception {
        PosixModes.require(folder);
        Path nativeFolder = chmod(Files.createDirectory(folder.resolve("native")), 0777);
        NativeLibraryFolder.extract(nativeFolder, LIBRARY);
        assertThat(mode(nativeFolder)).isEqualTo(0700);
    }

    @Test
    void a_native_folder_of_another_user_is_refused() throws Exception {
        PosixModes.require(folder);
        Path nativeFolder = giveToAnotherUser(Files.createDirectory(folder.resolve("native")));
        assertThatThrownBy(() -> NativeLibraryFolder.extract(nativeFolder, LIBRARY))
                .isInstanceOf(IOException.class).hasMessage(nativeFolder + " belongs to another user");
        assertThat(nativeFolder.resolve(LIBRARY)).doesNotExist();
    }

    @Test
    void a_data_folder_others_can_write_is_refused_since_they_could_swap_the_native_folder() throws Exception {
        PosixModes.require(folder);
        Path shared = chmod(Files.createDirectory(folder.resolve("shared")), 0777);
        assertThatThrownBy(() -> NativeLibraryFolder.extract(shared.resolve("unhunch/native"), LIBRARY))
                .isInstanceOf(IOException.class)
                .hasMessage(shared + " can be changed by other users (mode 777)");
    }

    @Test
    void a_correct_library_others_can_write_is_replaced_not_used() throws Exception {
        PosixModes.require(folder);
        Path library = NativeLibraryFolder.extract(folder, LIBRARY);
        chmod(library, 0666);
        Object planted = Files.readAttributes(library, BasicFileAttributes.class).fileKey();
        Path loaded = NativeLibraryFolder.extract(folder, LIBRARY);
        assertThat(Files.readAttributes(loaded, BasicFileAttributes.class).fileKey())
                .as("a new file: a writer that opened the old one holds nothing that is loaded").isNotEqualTo(planted);
        assertThat(mode(loaded)).isEqualTo(0500);
    }

    @Test
    void a_correct_library_of_another_user_is_replaced_not_used() throws Exception {
        PosixModes.require(folder);
        Path library = giveToAnotherUser(NativeLibraryFolder.extract(folder, LIBRARY));
        Path loaded = NativeLibraryFolder.extract(folder, LIBRARY);
        assertThat(PosixModes.owner(loaded)).isNotEqualTo(PosixModes.ANOTHER_USER);
        assertThat(loaded).isEqualTo(library);
    }

    @Test
    void a_link_in_place_of_the_library_is_replaced_by_a_file() throws Exception {
        PosixModes.require(folder);
        Path elsewhere = NativeLibraryFolder.extract(folder.resolve("elsewhere"), LIBRARY);
        Path nativeFolder = Files.createDirectory(folder.resolve("native"));
        Files.createSymbolicLink(nativeFolder.resolve(LIBRARY), elsewhere);
        Path loaded = NativeLibraryFolder.extract(nativeFolder, LIBRARY);
        assertThat(loaded).isRegularFile();
        assertThat(Files.isSymbolicLink(loaded)).isFalse();
    }

    @Test
    void a_shipped_library_in_a_folder_others_can_write_is_not_used_but_the_bundled_copy() throws Exception {
        PosixModes.require(folder);
        Path app = chmod(Files.createDirectory(folder.resolve("app")), 0777);
        Path shipped = Files.createDirectories(app.resolve("native"));
        Files.write(shipped.resolve(LIBRARY), new byte[] {7});
        Path extractTo = folder.resolve("data/native");
        assertThat(locate(shipped, extractTo)).isEqualTo(extractTo.resolve(LIBRARY).toFile());
    }

    @Test
    void a_shipped_library_others_can_write_is_not_used_but_the_bundled_copy() throws Exception {
        PosixModes.require(folder);
        Path shipped = Files.createDirectories(folder.resolve("app/native"));
        chmod(Files.write(shipped.resolve(LIBRARY), new byte[] {7}), 0664);
        Path extractTo = folder.resolve("data/native");
        assertThat(locate(shipped, extractTo)).isEqualTo(extractTo.resolve(LIBRARY).toFile());
        chmod(shipped.resolve(LIBRARY), 0644);
        assertThat(locate(shipped, extractTo)).as("written by its owner alone, it is used")
                .isEqualTo(shipped.resolve(LIBRARY).toFile());
    }

    /** What the locator hands JNativeHook with these two folders set. */
    private static File locate(Path shipped, Path extractTo) {
        return locate(shipped, extractTo, null);
    }

    /** What the locator hands JNativeHook with these two folders set, started by {@code launcher} (or not). */
    private static File locate(Path shipped, Path extractTo, Path launcher) {
        String[] names = {NativeLibraryFolder.SHIPPED_PROPERTY, NativeLibraryFolder.EXTRACT_PROPERTY,
                NativeLibraryFolder.APP_PATH_PROPERTY};
        String[] values = {shipped.toString(), extractTo.toString(), launcher == null ? null : launcher.toString()};
        String[] before = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            before[i] = System.getProperty(names[i]);
            set(names[i], values[i]);
        }
        try {
            return NativeLibraryFolder.verifiedLibrary().toFile();
        } finally {
            for (int i = 0; i < names.length; i++) {
                set(names[i], before[i]);
            }
        }
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void a_shipped_library_inside_the_installed_application_is_used_whoever_can_change_the_folders_above_it()
            throws Exception {
        PosixModes.require(folder);
        // /opt made writable by others: whoever can change it can replace /opt/unhunch, launcher and jar too
        Path opt = chmod(Files.createDirectory(folder.resolve("opt")), 0777);
        Path shipped = Files.createDirectories(opt.resolve("unhunch/lib/app/native"));
        Files.write(shipped.resolve(LIBRARY), new byte[] {7});
        Path launcher = Files.createDirectories(opt.resolve("unhunch/bin")).resolve("unhunch");
        Path extractTo = folder.resolve("data/native");
        String os = System.getProperty("os.name");
        if (os.startsWith("Linux")) {
            assertThat(locate(shipped, extractTo, launcher)).isEqualTo(shipped.resolve(LIBRARY).toFile());
        }
        assertThat(locate(shipped, extractTo)).as("a jar started by hand: every folder up to / is checked")
                .isEqualTo(extractTo.resolve(LIBRARY).toFile());

        chmod(opt.resolve("unhunch"), 0777);
        assertThat(locate(shipped, extractTo, launcher)).as("the application's own folder is checked too")
                .isEqualTo(extractTo.resolve(LIBRARY).toFile());
    }

    /** A Mac as the pkg installs it: /Applications is root:admin 775, the bundle root's and 755. */
    @Test
    void on_macos_a_library_in_the_application_bundle_is_used_though_the_admin_group_can_change_applications()
            throws Exception {
        Path applications = Files.createDirectory(folder.resolve("Applications")).toRealPath();
        Path bundle = applications.resolve("Unhunch.app");
        Path shipped = Files.createDirectories(bundle.resolve("Contents/app/native"));
        Path library = Files.write(shipped.resolve("libJNativeHook.dylib"), new byte[] {7});
        Path launcher = Files.createDirectories(bundle.resolve("Contents/MacOS")).resolve("Unhunch");
        Map<Path, FileFacts> facts = new HashMap<>();
        facts.put(applications, new FileFacts(Kind.FOLDER, Owner.ROOT, false, 0775));
        facts.put(library, new FileFacts(Kind.FILE, Owner.ROOT, false, 0644));
        FactsReader reader = path -> Optional.of(facts.getOrDefault(path, new FileFacts(Kind.FOLDER, Owner.ROOT, false,
                0755)));
        Optional<Path> root = NativeLibraryFolder.applicationRoot("Mac OS X", launcher.toString());
        assertThat(root).contains(bundle);

        assertThat(NativeLibraryFolder.shipped(shipped, "libJNativeHook.dylib", root, reader)).contains(library);
        logged.events().clear();
        assertThat(NativeLibraryFolder.shipped(shipped, "libJNativeHook.dylib", Optional.empty(), reader))
                .as("not started by the installed launcher: up to /").isEmpty();
        assertThat(logged.events()).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains(applications + " can be changed by the members of its group (mode 775)");

        Path elsewhere = Files.createDirectories(applications.resolve("Other/native"));
        facts.put(Files.write(elsewhere.resolve("libJNativeHook.dylib"), new byte[] {7}),
                new FileFacts(Kind.FILE, Owner.ROOT, false, 0644));
        logged.events().clear();
        assertThat(NativeLibraryFolder.shipped(elsewhere, "libJNativeHook.dylib", root, reader))
                .as("a folder outside the application's is checked up to /").isEmpty();
        assertThat(logged.events()).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains(applications + " can be changed by the members of its group (mode 775)");

        facts.put(bundle, new FileFacts(Kind.FOLDER, Owner.ROOT, false, 0775));
        assertThat(NativeLibraryFolder.shipped(shipped, "libJNativeHook.dylib", root, reader))
                .as("the bundle itself must be root's alone").isEmpty();
        facts.put(bundle, new FileFacts(Kind.FOLDER, Owner.ROOT, false, 0755));
        facts.put(library, new FileFacts(Kind.FILE, Owner.SOMEONE_ELSE, false, 0644));
        assertThat(NativeLibraryFolder.shipped(shipped, "libJNativeHook.dylib", root, reader))
                .as("the library itself is checked as before").isEmpty();
    }

    @Test
    void the_application_folder_is_found_from_the_launchers_path_in_jpackages_layouts() {
        assertThat(NativeLibraryFolder.applicationRoot("Mac OS X", "/Applications/Unhunch.app/Contents/MacOS/Unhunch"))
                .contains(Path.of("/Applications/Unhunch.app"));
        assertThat(NativeLibraryFolder.applicationRoot("Linux", "/opt/unhunch/bin/unhunch"))
                .contains(Path.of("/opt/unhunch"));
        assertThat(NativeLibraryFolder.applicationRoot("Windows 11", "/c/Program Files/Unhunch/Unhunch.exe"))
                .contains(Path.of("/c/Program Files/Unhunch"));
        assertThat(NativeLibraryFolder.applicationRoot("Mac OS X", "/usr/local/bin/unhunch")).isEmpty();
        assertThat(NativeLibraryFolder.applicationRoot("Mac OS X", "/Applications/Unhunch/Contents/MacOS/Unhunch"))
                .isEmpty();
        assertThat(NativeLibraryFolder.applicationRoot("Linux", "/opt/unhunch/unhunch")).isEmpty();
        assertThat(NativeLibraryFolder.applicationRoot("Linux", null)).isEmpty();
        assertThat(NativeLibraryFolder.applicationRoot("Linux", " ")).isEmpty();
    }

    @Test
    void the_name_jnativehook_first_asks_the_jdk_to_load_is_refused_before_any_folder_is_searched() {
        assertThatThrownBy(() -> System.loadLibrary(NativeLibraryFolder.UNSEARCHABLE_NAME))
                .isInstanceOf(UnsatisfiedLinkError.class).hasMessageContaining("separator");
    }

    @Test
    void the_resource_path_follows_jnativehooks_layout() {
        assertThat(NativeLibraryFolder.resourcePath("libJNativeHook.so"))
                .startsWith("/com/github/kwhat/jnativehook/lib/")
                .endsWith("/libJNativeHook.so");
    }
}
