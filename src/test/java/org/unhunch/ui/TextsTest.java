package org.unhunch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void an_html_message_shows_its_arguments_as_text_never_as_markup() {
        Path logs = Path.of("/home/x/<img src='http:&#47;&#47;host&#47;x'>/logs/unhunch.log");
        String about = Texts.get("about.text", "1.0", logs);
        assertThat(about).startsWith("<html>")
                .contains("&lt;img src=&#39;http:&amp;#47;&amp;#47;host&amp;#47;x&#39;&gt;")
                .doesNotContain("<img");
    }

    @Test
    void a_plain_message_takes_its_arguments_as_they_are() {
        assertThat(Texts.get("prompt.snooze", 10)).contains("10").doesNotContain("&");
    }

    @Test
    void numbers_in_an_html_message_are_still_formatted_as_numbers() {
        assertThat(Texts.get("history.today", "1:00", "0:30", 2, 3, "67 %")).contains("2 breaks taken of 3 due");
    }
}
