package org.unhunch.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.unhunch.text.TerminalText;

/**
 * A Logback pattern layout whose whole output — message, arguments, exception messages — is
 * escaped as {@link TerminalText#escapeLines} says, for the log file and for standard error alike:
 * a log line that quotes a trace or a setting cannot drive the terminal of whoever reads it.
 * Public, as Logback makes its layouts by reflection.
 */
public final class EscapedPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return TerminalText.escapeLines(super.doLayout(event));
    }
}
