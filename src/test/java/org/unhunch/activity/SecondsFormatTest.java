package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondsFormatTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0.0",
        "2700000000000, 2700.0",
        "2703500000000, 2703.5",
        "1098999000000, 1098.999",
        "598999000001, 598.999",
        "1050000000, 1.05",
        "1005000000, 1.005",
        "1000499999, 1.0",
        "1000500000, 1.001",
        "999999999, 1.0",
        "31536000000000000, 31536000.0",
        "-1500000000, -1.5",
        "-1000000, -0.001",
    })
    void formats_nanoseconds_as_seconds_with_at_most_three_decimals(long nanos, String text) {
        assertThat(SecondsFormat.format(nanos)).isEqualTo(text);
    }
}
