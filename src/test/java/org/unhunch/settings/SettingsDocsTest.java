package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/settings.md is the registry's table; regenerate with -Dunhunch.writeDocs=true. */
class SettingsDocsTest {

    private static final Path DOCS = Path.of("docs", "settings.md");

    @Test
    void the_settings_documentation_matches_the_registry() throws Exception {
        if (Boolean.getBoolean("unhunch.writeDocs")) {
            Files.writeString(DOCS, SettingsDocs.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/settings.md is stale: mvn test -Dtest=SettingsDocsTest -Dunhunch.writeDocs=true")
                .isEqualTo(SettingsDocs.markdown());
    }

    @Test
    void every_stored_key_is_lower_case_and_unique() {
        assertThat(Setting.values()).extracting(Setting::storedKey)
                .allMatch(key -> key.equals(key.toLowerCase(java.util.Locale.ROOT)))
                .doesNotHaveDuplicates();
    }
}
