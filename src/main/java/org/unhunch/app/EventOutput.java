package org.unhunch.app;

import java.io.Flushable;
import org.unhunch.sitting.SittingEventSink;

/**
 * Where the agent prints its events (standard output, as JSON Lines): {@code print} may throw an
 * {@link java.io.UncheckedIOException} when the output cannot be written, and the printing stops.
 *
 * @param flush run after each event and at the stop
 */
public record EventOutput(SittingEventSink print, Flushable flush) {
}
