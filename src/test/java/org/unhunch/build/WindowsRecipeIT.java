package org.unhunch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The Windows installer's native libraries (packaging/windows/build-packages.sh, natives=( ... )),
 * against the full jar they are taken from: each is there, and the jar holds no other Windows x64
 * library the installer would leave out (a new dependency's would be extracted at run time instead).
 * The recipe has never run on Windows; this is what can be checked of it here.
 */
class WindowsRecipeIT {

    private static final Path JAR = Path.of(System.getProperty("unhunch.jar", "target/unhunch.jar"));

    @Test
    void every_native_library_the_installer_ships_is_in_the_full_jar() throws Exception {
        List<String> natives = WindowsRecipeTest.natives();
        assertThat(natives).hasSize(4);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String name : natives) {
                JarEntry entry = jar.getJarEntry(name);
                assertThat(entry).as("%s in %s", name, JAR).isNotNull();
                assertThat(entry.getSize()).as("%s in %s", name, JAR).isPositive();
            }
        }
    }

    @Test
    void the_installer_ships_every_windows_x64_library_of_the_full_jar() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> windowsX64 = jar.stream().map(JarEntry::getName)
                    .filter(name -> {
                        String lower = name.toLowerCase(Locale.ROOT);
                        return lower.endsWith(".dll") && lower.contains("win")
                                && (lower.contains("x86_64") || lower.contains("x86-64"));
                    })
                    .toList();
            assertThat(WindowsRecipeTest.natives()).as("Windows x64 libraries in %s", JAR)
                    .containsExactlyInAnyOrderElementsOf(windowsX64);
        }
    }
}
