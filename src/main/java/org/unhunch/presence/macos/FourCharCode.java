package org.unhunch.presence.macos;

/** A four-character code ({@code 'glob'}), the 32-bit number Apple's headers write as four ASCII characters. */
final class FourCharCode {

    private FourCharCode() {
    }

    static int of(String code) {
        if (code.length() != 4) {
            throw new IllegalArgumentException("a four-character code has 4 characters, not " + code.length()
                    + ": '" + code + "'");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = code.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("a four-character code is printable ASCII: '" + code + "'");
            }
            value = value << 8 | c;
        }
        return value;
    }
}
