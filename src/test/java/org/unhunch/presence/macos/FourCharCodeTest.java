package org.unhunch.presence.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FourCharCodeTest {

    @Test
    void the_codes_coreaudio_is_asked_with_are_the_numbers_of_its_headers() {
        assertThat(FourCharCode.of("glob")).isEqualTo(0x676c6f62);
        assertThat(FourCharCode.of("dIn ")).isEqualTo(0x64496e20);
        assertThat(FourCharCode.of("gone")).isEqualTo(0x676f6e65);
    }

    @Test
    void the_first_character_is_the_highest_byte() {
        assertThat(FourCharCode.of("A   ")).isEqualTo(0x41202020);
        assertThat(FourCharCode.of("   A")).isEqualTo(0x20202041);
    }

    @Test
    void a_code_of_another_length_or_outside_printable_ascii_is_refused_naming_it() {
        assertThatThrownBy(() -> FourCharCode.of("dIn")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dIn'").hasMessageContaining("not 3");
        assertThatThrownBy(() -> FourCharCode.of("glob!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 5");
        assertThatThrownBy(() -> FourCharCode.of("gl\u00f6b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("printable ASCII");
        assertThatThrownBy(() -> FourCharCode.of("gl\tb")).isInstanceOf(IllegalArgumentException.class);
    }
}
