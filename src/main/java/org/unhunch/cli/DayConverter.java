package org.unhunch.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.unhunch.text.TerminalText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A local day on the command line: {@code YYYY-MM-DD}, {@code today} or {@code yesterday}. */
final class DayConverter implements ITypeConverter<LocalDate> {

    static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    @Override
    public LocalDate convert(String value) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("today")) {
            return today;
        }
        if (word.equals("yesterday")) {
            return today.minusDays(1);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + TerminalText.shortened(value, 40) + "' is not a day; use"
                    + " YYYY-MM-DD (e.g. " + today + "), today or yesterday");
        }
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new TypeConversionException(day + " is out of range; allowed " + FIRST + " to " + LAST);
        }
        return day;
    }
}
