package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationSyntaxTest {

    @ParameterizedTest
    @CsvSource({
        "90s, 90",
        "5m, 300",
        "1h, 3600",
        "1h30m, 5400",
        "1h5s, 3605",
        "1h59m59s, 7199",
        "2m30s, 150",
        "0s, 0",
        "0m, 0",
        "180m, 10800",
    })
    void parses_hours_minutes_and_seconds(String text, long seconds) {
        assertThat(DurationSyntax.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0s",
        "3, 3s",
        "60, 1m",
        "90, 1m30s",
        "2700, 45m",
        "5400, 1h30m",
        "10800, 3h",
        "3661, 1h1m1s",
    })
    void formats_in_the_same_syntax(long seconds, String text) {
        assertThat(DurationSyntax.format(Duration.ofSeconds(seconds))).isEqualTo(text);
        assertThat(DurationSyntax.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5", "m", "5x", "5 m", "-5m", "+5m", "1.5h", "30m1h", "5m5m", "1h 30m", "5M",
        "99999999999999h", "1h61m", "0h50m", "1h0m5s", "05m", "1m60s", "\u0665m", " 5m", "5m "})
    void refuses_anything_else_with_a_message_that_quotes_it(String text) {
        // Each syntax is strict: one way to write each duration's parts, so 1h61m is not silently 2h1m.
        assertThatThrownBy(() -> DurationSyntax.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).satisfiesAnyOf(
                        message -> assertThat(message).contains("'" + text + "'"),
                        message -> assertThat(message).startsWith("empty")));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
        "1h61m, '1h61m' has 61 minutes after the hours (at most 59); write 2h1m",
        "1m90s, '1m90s' has 90 seconds after the minutes (at most 59); write 2m30s",
        "0h50m, '0h50m' has a part that is 0; write 50m",
        "05m, '05m' has a leading zero; write 5m",
    })
    void a_refusal_says_how_to_write_the_duration(String text, String message) {
        assertThatThrownBy(() -> DurationSyntax.parse(text)).hasMessage(message);
    }
}
