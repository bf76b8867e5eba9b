package org.unhunch.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The value syntaxes, fuzzed: any text is either refused with an {@link IllegalArgumentException}
 * that says why in printable text, or read as the documented grammar says, independently checked.
 */
class SettingSyntaxPropertiesTest {

    /** The duration grammar of docs/settings.md, written again as a regular expression. */
    private static final Pattern DURATION = Pattern.compile("(?:(0|[1-9][0-9]*)h)?(?:(0|[1-9][0-9]*)m)?"
            + "(?:(0|[1-9][0-9]*)s)?");

    @Property(tries = 2000)
    void a_duration_is_read_as_its_grammar_says_or_refused(@ForAll("durationLike") String text) {
        Throwable refused = catchThrowable(() -> DurationSyntax.parse(text));
        Long expected = grammar(text);
        if (expected == null) {
            assertThat(refused).as(text).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(refused.getMessage()).matches(SettingTextTest::printable).isNotBlank();
        } else {
            assertThat(refused).as(text).isNull();
            Duration read = DurationSyntax.parse(text);
            assertThat(read).isEqualTo(Duration.ofSeconds(expected));
            assertThat(DurationSyntax.parse(DurationSyntax.format(read))).isEqualTo(read);
        }
    }

    @Property(tries = 1000)
    void every_duration_is_written_in_a_form_that_is_read_back(@ForAll("seconds") long seconds) {
        Duration duration = Duration.ofSeconds(seconds);
        assertThat(DurationSyntax.parse(DurationSyntax.format(duration))).isEqualTo(duration);
    }

    @Property(tries = 1000)
    void every_setting_refuses_with_its_key_or_gives_a_canonical_value(@ForAll("settings") Setting setting,
                                                                          @ForAll("values") String value) {
        Throwable refused = catchThrowable(() -> setting.check(value));
        if (refused != null) {
            assertThat(refused).isExactlyInstanceOf(InvalidSettingException.class);
            assertThat(refused.getMessage()).startsWith(SettingText.quote(setting.key()) + "=")
                    .matches(SettingTextTest::printable);
            return;
        }
        String checked = setting.check(value);
        assertThat(SettingText.problem(checked)).isEmpty();
        assertThat(setting.check(checked)).as("canonical").isEqualTo(checked);
        if (setting.type() != SettingType.DURATION && setting.type() != SettingType.WEEKDAYS
                && setting.type() != SettingType.BOOLEAN && setting.type() != SettingType.PATH) {
            assertThat(checked).as("taken as written").isEqualTo(value);
        }
    }

    @Property(tries = 200)
    void text_the_store_cannot_read_back_is_refused_by_every_setting(@ForAll("settings") Setting setting,
                                                                     @ForAll("unreadable") String bad) {
        String value = setting.defaultValue() + bad;
        assertThatThrownBy(() -> setting.check(value)).isExactlyInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("character");
    }

    /** The seconds {@code text} means by the grammar and its rules, or null where it breaks one. */
    private static Long grammar(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            return null;
        }
        long total = 0;
        int parts = 0;
        boolean zeroPart = false;
        boolean sixtyAfterFirst = false;
        long[] unit = {3600, 60, 1};
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) == null) {
                continue;
            }
            if (matcher.group(group).length() > 12) {
                return null;
            }
            long number = Long.parseLong(matcher.group(group));
            zeroPart |= number == 0;
            sixtyAfterFirst |= parts > 0 && number >= 60;
            total += number * unit[group - 1];
            parts++;
        }
        if ((zeroPart && parts > 1) || sixtyAfterFirst || total > 366L * 24 * 3600) {
            return null;
        }
        return total;
    }

    @Provide
    Arbitrary<String> durationLike() {
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 99).map(String::valueOf)),
                Tuple.of(2, Arbitraries.longs().between(0, 99_999_999).map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("00", "05", "-5", "+5", "1.5", "\u0665", "\uff15", "9999999999999999999")));
        Arbitrary<String> unit = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("h", "m", "s")),
                Tuple.of(1, Arbitraries.of("H", "M", "d", "", " ", "ms", "\u001b")));
        Arbitrary<String> part = net.jqwik.api.Combinators.combine(number, unit).as(String::concat);
        return Arbitraries.oneOf(part.list().ofMaxSize(4).map(parts -> String.join("", parts)),
                Arbitraries.strings().withChars("0123456789hms +-.:\u0665\t").ofMaxLength(10));
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(0, 366L * 24 * 3600);
    }

    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.of(Setting.class);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> near = Arbitraries.of(Setting.values()).flatMap(setting -> Arbitraries.oneOf(
                Arbitraries.just(setting.defaultValue()),
                Arbitraries.of(setting.defaultValue() + " ", " " + setting.defaultValue(),
                        setting.defaultValue().toUpperCase(java.util.Locale.ROOT), setting.defaultValue() + ","),
                Arbitraries.strings().withChars(setting.defaultValue() + "0123456789:,").ofMaxLength(12)));
        return Arbitraries.oneOf(near,
                Arbitraries.of("", "0", "7", "007", "3650", "3651", "+30", "\u0663\u0660", "23:59", "24:00", "08:00:30",
                        "8:00", "mon,mon", "mon,,tue", "TRUE", "yes", "quick-reset", "/tmp/x", "0h50m", "1h61m"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20),
                Arbitraries.integers().between(8180, 8200).map(length -> "/" + "a".repeat(length - 1)));
    }

    @Provide
    Arbitrary<String> unreadable() {
        return Arbitraries.of("\u0000", "\u001b", "\t", "\n", "\r", "\u007f", "\u0085", "\u009f", "\ufffe", "\uffff",
                "\ufdd0", "\ufdef", "\ud83f\udffe", "\udbff\udfff", "\ud800", "\udfff");
    }
}
