package org.unhunch.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.Charset;
import org.unhunch.text.TerminalText;

/**
 * A Logback pattern layout whose whole output — message, arguments, exception messages — is
 * escaped as {@link TerminalText#escapeLines} says, for the log file and for standard error alike:
 * a log line that quotes a trace or a setting cannot drive the terminal of whoever reads it.
 * Public, as Logback makes its layouts by reflection.
 */
public final class EscapedPatternLayout extends PatternLayout {

    /**
     * A started encoder that writes through a started layout of this kind.
     *
     * @param charset the encoder's, or null for the platform's (a terminal's)
     */
    static Encoder<ILoggingEvent> encoder(Context context, String pattern, Charset charset) {
        EscapedPatternLayout layout = new EscapedPatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(charset);
        encoder.start();
        return encoder;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return TerminalText.escapeLines(super.doLayout(event));
    }
}
