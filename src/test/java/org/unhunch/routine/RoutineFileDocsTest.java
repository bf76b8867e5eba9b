package org.unhunch.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/routine-file.md} is a routine file Unhunch reads. */
class RoutineFileDocsTest {

    @Test
    void the_documented_example_is_read() throws Exception {
        String doc = Files.readString(Path.of("docs", "routine-file.md"));
        Matcher example = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(example.find()).as("a json example").isTrue();
        assertThat(RoutineFile.read(new ByteArrayInputStream(example.group(1).getBytes(StandardCharsets.UTF_8)),
                "docs/routine-file.md")).singleElement().extracting(Routine::id).isEqualTo("stand-up");
    }
}
