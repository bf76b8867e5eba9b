package org.unhunch.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.unhunch.text.TerminalText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A local date and time on the command line, as ISO-8601 writes it: {@code 2026-12-02T08:00}. */
final class LocalDateTimeConverter implements ITypeConverter<LocalDateTime> {

    @Override
    public LocalDateTime convert(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + TerminalText.escape(value) + "' is not a local date and"
                    + " time such as " + LocalDate.now(ZoneId.systemDefault()).atTime(8, 0));
        }
    }
}
