package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(new NativeLibraryFolder().getLibraries().next()).isEqualTo(shipped.resolve(LIBRARY).toFile());
        } finally {
            if (before == null) {
                System.clearProperty(NativeLibraryFolder.SHIPPED_PROPERTY);
            } else {
                System.setProperty(NativeLibraryFolder.SHIPPED_PROPERTY, before);
            }
        }
    }

    @Test
    void the_resource_path_follows_jnativehooks_layout() {
        assertThat(NativeLibraryFolder.resourcePath("libJNativeHook.so"))
                .startsWith("/com/github/kwhat/jnativehook/lib/")
                .endsWith("/libJNativeHook.so");
    }
}
