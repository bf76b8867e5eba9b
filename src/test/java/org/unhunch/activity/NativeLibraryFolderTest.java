package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unhunch.testing.PosixModes.chmod;
import static org.unhunch.testing.PosixModes.giveToAnotherUser;
import static org.unhunch.testing.PosixModes.mode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unhunch.testing.PosixModes;

class NativeLibraryFolderTest {

    private static final String LIBRARY = System.mapLibraryName("JNativeHook");

    @TempDir
    Path folder;

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
        String[] names = {NativeLibraryFolder.SHIPPED_PROPERTY, NativeLibraryFolder.EXTRACT_PROPERTY};
        String[] before = {System.getProperty(names[0]), System.getProperty(names[1])};
        System.setProperty(names[0], shipped.toString());
        System.setProperty(names[1], extractTo.toString());
        try {
            return NativeLibraryFolder.verifiedLibrary().toFile();
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (before[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], before[i]);
                }
            }
        }
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
