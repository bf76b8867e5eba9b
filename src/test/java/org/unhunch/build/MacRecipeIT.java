package org.unhunch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The native libraries packaging/macos/build-packages.sh copies out of the full jar are in it, and
 * each is a 64-bit Mach-O library for the processor of the branch that lists it: a dependency
 * update that moves or drops one fails here, not on the Mac that builds the pkg.
 */
class MacRecipeIT {

    /** Mach-O's 64-bit magic, little-endian, then its CPU type (arm64, x86_64). */
    private static final Map<String, byte[]> HEADER = Map.of(
            "arm64", new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 0x0c, 0x00, 0x00, 0x01},
            "x86_64", new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 0x07, 0x00, 0x00, 0x01});

    @Test
    void every_native_library_the_mac_recipe_extracts_is_in_the_full_jar_for_its_processor() throws Exception {
        Map<String, List<String>> natives = MacRecipeTest.nativesByProcessor();
        assertThat(natives).containsOnlyKeys("arm64", "x86_64");
        Path full = Path.of(System.getProperty("unhunch.jar", "target/unhunch.jar"));
        try (JarFile jar = new JarFile(full.toFile())) {
            natives.forEach((processor, entries) -> {
                assertThat(entries).as(processor).hasSize(4);
                for (String name : entries) {
                    ZipEntry entry = jar.getEntry(name);
                    assertThat(entry).as("%s in %s", name, full).isNotNull();
                    try (InputStream in = jar.getInputStream(entry)) {
                        assertThat(in.readNBytes(8)).as(name + ": a 64-bit Mach-O file for " + processor)
                                .isEqualTo(HEADER.get(processor));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertThat(entry.getSize()).as(name).isGreaterThan(10_000);
                }
            });
        }
    }
}
