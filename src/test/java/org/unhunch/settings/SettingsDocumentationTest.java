package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings table says what the registry in code says (Stretchly's habit: every setting listed). */
class SettingsDocumentationTest {

    @Test
    void the_readme_lists_every_model_setting_with_its_default_range_and_meaning() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> rows = Arrays.stream(ModelSetting.values())
                .map(setting -> "| `" + setting.key() + "` | " + DurationSyntax.format(setting.defaultValue())
                        + " | " + setting.allowedRange() + " | "
                        + setting.meaning().replace("break.gap", "`break.gap`") + " |")
                .toList();
        assertThat(readme).as("README.md settings table (regenerate the rows from ModelSetting)")
                .containsSubsequence(rows);
    }
}
