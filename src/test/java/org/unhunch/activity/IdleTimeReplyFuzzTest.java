package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * An idle-time service's reply, read strictly: one unsigned number of the declared type and, for an
 * idle time, at most ten years of milliseconds. Anything else, fuzzed, is refused with a short
 * printable message that names who was asked.
 */
class IdleTimeReplyFuzzTest {

    private static final String ASKED = "org.gnome.Mutter.IdleMonitor's GetIdletime";

    @Example
    void a_number_of_the_declared_type_is_the_milliseconds() throws Exception {
        assertThat(IdleTimeReply.millis(ASKED, "t", "t", new Object[] {new UInt64(93_500)})).isEqualTo(93_500);
        assertThat(IdleTimeReply.millis(ASKED, "u", "u", new Object[] {new UInt32(4_294_967_295L)}))
                .isEqualTo(4_294_967_295L);
        assertThat(IdleTimeReply.millis(ASKED, "t", "t", new Object[] {new UInt64(IdleTimeReply.MOST_MILLIS)}))
                .isEqualTo(IdleTimeReply.MOST_MILLIS);
    }

    @Example
    void more_than_ten_years_is_refused_even_past_a_long() {
        for (BigInteger millis : new BigInteger[] {BigInteger.valueOf(IdleTimeReply.MOST_MILLIS + 1),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)}) {
            assertThatThrownBy(() -> IdleTimeReply.millis(ASKED, "t", "t", new Object[] {new UInt64(millis)}))
                    .isInstanceOf(IdleTimeUnreadableException.class)
                    .hasMessage(ASKED + " said " + millis + " ms, more than ten years: not an idle time");
        }
    }

    @Example
    void another_type_or_count_is_refused_saying_the_signature() {
        assertThatThrownBy(() -> IdleTimeReply.millis(ASKED, "t", "s", new Object[] {"soon"}))
                .hasMessage(ASKED + " sent (s), not one number (t)");
        assertThatThrownBy(() -> IdleTimeReply.millis(ASKED, "t", "", new Object[0]))
                .hasMessage(ASKED + " sent nothing, not one number (t)");
        assertThatThrownBy(() -> IdleTimeReply.millis(ASKED, "t", "tt", new Object[] {new UInt64(1), new UInt64(2)}))
                .hasMessage(ASKED + " sent (tt), not one number (t)");
        assertThatThrownBy(() -> IdleTimeReply.millis(ASKED, "u", "u", new Object[] {new UInt64(1)}))
                .hasMessage(ASKED + " sent (u) that is not one number (u)");
    }

    @Property(tries = 2000)
    void any_reply_gives_ten_years_at_most_or_a_short_printable_refusal(@ForAll("expected") String expected,
            @ForAll("signatures") String signature, @ForAll("values") Object[] values) {
        try {
            long millis = IdleTimeReply.millis(ASKED, expected, signature, values);
            assertThat(signature).isEqualTo(expected);
            assertThat(millis).isBetween(0L, IdleTimeReply.MOST_MILLIS);
        } catch (IdleTimeUnreadableException e) {
            assertThat(e.getMessage()).startsWith(ASKED + " ").hasSizeLessThan(ASKED.length() + 80)
                    .matches("[\\x20-\\x7e…]*");
        }
    }

    @Provide
    Arbitrary<String> expected() {
        return Arbitraries.of("t", "u");
    }

    @Provide
    Arbitrary<String> signatures() {
        return Arbitraries.oneOf(Arbitraries.of("t", "u", "", "s", "x", "tt", "(t)", "at", "v"),
                Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().ascii().ofMaxLength(40));
    }

    @Provide
    Arbitrary<Object[]> values() {
        Arbitrary<Object> one = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))
                        .map(UInt64::new),
                Arbitraries.longs().between(0, 4_294_967_295L).map(UInt32::new),
                Arbitraries.integers().between(0, 65_535).map(UInt16::new),
                Arbitraries.longs().map(Long::valueOf), Arbitraries.strings().ofMaxLength(20).map(s -> s),
                Arbitraries.just(null));
        return one.list().ofMaxSize(3).map(list -> list.toArray());
    }
}
