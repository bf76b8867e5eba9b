package org.unhunch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one escape of text quoted back to a person (review finding 6); the writer's tests are in EscapingWriterTest. */
class TerminalTextTest {

    @Test
    void a_value_within_a_line_has_its_line_ends_escaped_and_whole_lines_keep_theirs() {
        String text = "a\tb\nc\r\nd\re";
        assertThat(TerminalText.escape(text)).isEqualTo("a\tb\\u000ac\\u000d\\u000ad\\u000de");
        assertThat(TerminalText.escapeLines(text)).isEqualTo("a\tb\nc\r\nd\\u000de");
    }

    @Test
    void a_supplementary_non_character_is_escaped_as_its_two_units_and_other_pairs_are_kept() {
        assertThat(TerminalText.escape("x\ud83f\udffey\ud83d\ude00")).isEqualTo("x\\ud83f\\udffey\ud83d\ude00");
    }

    @Test
    void a_lone_surrogate_is_escaped_wherever_it_stands() {
        assertThat(TerminalText.escape("\udc00a\ud800")).isEqualTo("\\udc00a\\ud800");
        assertThat(TerminalText.escapeLines("\ud800\r\n")).isEqualTo("\\ud800\r\n");
    }

    @Test
    void printable_text_is_returned_as_it_is() {
        String text = "Zeile 1\tä ß 漢字 😀 \\u001b is text";
        assertThat(TerminalText.escape(text)).isEqualTo(text);
        assertThat(TerminalText.escapeLines(text + "\r\n")).isEqualTo(text + "\r\n");
    }
}
