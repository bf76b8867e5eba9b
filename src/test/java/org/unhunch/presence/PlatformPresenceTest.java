package org.unhunch.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unhunch.sitting.Observation;

/** What the loop asks reaches the asked sources: all at a decision, only those on in between. */
class PlatformPresenceTest {

    private final List<Observation> posted = new ArrayList<>();
    private final Counted call = new Counted(Signal.CALL, true);
    private final Counted doNotDisturb = new Counted(Signal.DO_NOT_DISTURB, false);
    private final PresenceCombiner busy = PresenceCombiner.busy(List.of(call, doNotDisturb), posted::add);
    private final PlatformPresence presence = new PlatformPresence(List.of(busy), busy, List.of(call, doNotDisturb));

    @Test
    void a_decision_reads_every_asked_source_and_a_read_again_only_those_on() {
        busy.start();
        assertThat(presence.readAgainSoon()).isTrue();
        assertThat(presence.busyBecause()).containsExactly(Signal.CALL);

        presence.readNow();
        assertThat(List.of(call.reads, doNotDisturb.reads)).containsExactly(2, 2);
        presence.readThoseOn();
        assertThat(List.of(call.reads, doNotDisturb.reads)).containsExactly(3, 2);

        call.says = false;
        presence.readThoseOn();
        assertThat(presence.readAgainSoon()).isFalse();
        assertThat(presence.busyBecause()).isEmpty();
        presence.readThoseOn();
        assertThat(call.reads).as("nothing on: nothing read").isEqualTo(4);
        assertThat(posted).containsExactly(Observation.BUSY, Observation.FREE);

        presence.close();
        presence.readNow();
        assertThat(call.reads).as("closed: never read").isEqualTo(4);
    }

    @Test
    void a_source_whose_first_read_fails_is_left_out_of_both_flags_it_tells() {
        Counted refusing = new Counted(Signal.CALL, true);
        refusing.refuse = true;
        List<Observation> engagement = new ArrayList<>();
        PresenceCombiner engaged = PresenceCombiner.engagement(List.of(refusing), engagement::add);
        PresenceCombiner busyToo = PresenceCombiner.busy(List.of(refusing), posted::add);

        assertThat(engaged.start()).isEmpty();
        refusing.refuse = false;
        assertThat(busyToo.start()).as("the second flag is told the first read's refusal").isEmpty();
        assertThat(refusing.reads).isEqualTo(1);
        assertThat(posted).isEmpty();
    }

    @Test
    void a_native_library_that_cannot_be_loaded_leaves_the_source_out_and_later_reads_count_as_off() {
        Counted linking = new Counted(Signal.PRESENTATION, false);
        linking.linkage = true;
        PresenceCombiner flag = PresenceCombiner.busy(List.of(linking), posted::add);
        assertThat(flag.start()).isEmpty();

        Counted later = new Counted(Signal.PRESENTATION, true);
        PresenceCombiner other = PresenceCombiner.busy(List.of(later), posted::add);
        assertThat(other.start()).containsExactly("PRESENTATION");
        later.linkage = true;
        later.readNow();
        assertThat(later.on()).isFalse();
        assertThat(posted).containsExactly(Observation.BUSY, Observation.FREE);
    }

    /** An asked source that says what the test sets and counts its reads. */
    private static final class Counted extends AskedSource {

        boolean says;
        boolean refuse;
        boolean linkage;
        int reads;

        Counted(Signal signal, boolean says) {
            super(signal.name(), signal);
            this.says = says;
        }

        @Override
        protected boolean read() throws Unavailable {
            reads++;
            if (refuse) {
                throw new Unavailable("no such tool");
            }
            if (linkage) {
                throw new UnsatisfiedLinkError("no X11 here");
            }
            return says;
        }
    }
}
