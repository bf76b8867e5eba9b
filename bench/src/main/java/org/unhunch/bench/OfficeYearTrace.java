package org.unhunch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.unhunch.sitting.Observation;

/**
 * A seeded, deterministic year of office days as a trace ({@code <t> <observation>} per line, t in
 * seconds with millisecond decimals, non-decreasing), about two million lines.
 *
 * <p>52 weeks of Monday to Friday: arrival around 08:30 (unlock), work until lunch around 12:15
 * (lock, 30–60 min away, unlock), work until leaving around 17:30 (lock). Work is short bursts of
 * key, pointer or wheel input separated by quiet spells of various lengths (under 3 s, 3–60 s, a few
 * minutes, now and then more than {@code break.gap}). Some half-days have a coffee break (sometimes
 * shorter, usually longer than 5 min, often with the screen locked) and some a meeting
 * ({@code pause} … {@code resume}, away from the desk or on a call at it). The generator follows
 * continuous sitting roughly as the model's defaults do (45 min limit, 5 min gap) and answers
 * prompts the way a person might: start a routine and finish it (or abandon it), mark it done
 * straight away, skip, snooze, or ignore the prompt. Nights and weekends are simply skipped over in
 * time. Day 0 (t = 0) is the Monday of the first week, 00:00.
 *
 * <p>The generator never runs the model: the same seed gives the same trace whatever the model
 * does with it. {@link java.util.Random} is used because its algorithm is specified, so the output
 * is the same on every JVM.
 *
 * <pre>
 *   java -cp target/benchmarks.jar org.unhunch.bench.OfficeYearTrace OUT.trace [SEED]
 * </pre>
 */
public final class OfficeYearTrace {

    /** The seed the benchmarks use, and {@link #main} when none is given. */
    public static final long DEFAULT_SEED = 20_261_125L;

    public static final int WEEKS = 52;
    public static final int WORKDAYS_PER_WEEK = 5;

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** The model's defaults, which the generator's rough idea of "a prompt is on screen" follows. */
    private static final long SIT_LIMIT = 45 * MINUTE;
    private static final long BREAK_GAP = 5 * MINUTE;
    private static final long PROMPT_TIMEOUT = 2 * MINUTE;
    private static final long SNOOZE = 10 * MINUTE;

    /** Receives the observations, in order; times in nanoseconds. */
    @FunctionalInterface
    public interface Sink {
        void accept(Observation observation, long tNanos);
    }

    /** A generated trace held in memory as parallel arrays; {@code size} entries are used. */
    public static final class Observations implements Sink {
        private Observation[] kinds = new Observation[1 << 16];
        private long[] nanos = new long[1 << 16];
        private int size;

        @Override
        public void accept(Observation observation, long tNanos) {
            if (size == kinds.length) {
                kinds = Arrays.copyOf(kinds, size * 2);
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            kinds[size] = observation;
            nanos[size] = tNanos;
            size++;
        }

        /** The observations, exactly {@link #size()} long. */
        public Observation[] kinds() {
            return Arrays.copyOf(kinds, size);
        }

        /** Their times in nanoseconds, exactly {@link #size()} long. */
        public long[] nanos() {
            return Arrays.copyOf(nanos, size);
        }

        public int size() {
            return size;
        }
    }

    private final Random random;
    private final Sink sink;

    private long now;
    private long emitted;
    private long lastEmitted = Long.MIN_VALUE;

    // The generator's own rough picture of the model (defaults), to answer prompts plausibly.
    private boolean inSession;
    private long lastActivity = Long.MIN_VALUE / 2;
    private long due;
    private boolean paused;
    private boolean locked;

    private OfficeYearTrace(long seed, Sink sink) {
        this.random = new Random(seed);
        this.sink = sink;
    }

    /** Generates the year into {@code sink}; returns the number of observations. */
    public static long generate(long seed, Sink sink) {
        OfficeYearTrace generator = new OfficeYearTrace(seed, sink);
        generator.year();
        return generator.emitted;
    }

    /** Generates the year into memory, for a benchmark's setup. */
    public static Observations inMemory(long seed) {
        Observations observations = new Observations();
        generate(seed, observations);
        return observations;
    }

    /** Writes the year as a trace file; returns the number of observation lines (a header comment comes first). */
    public static long write(Path file, long seed) throws IOException {
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("# Unhunch office year trace: " + WEEKS + " weeks x " + WORKDAYS_PER_WEEK
                    + " days, seed " + seed + " (org.unhunch.bench.OfficeYearTrace)\n");
            TraceLineWriter lines = new TraceLineWriter(out);
            long count = generate(seed, lines);
            lines.rethrow();
            return count;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: OfficeYearTrace OUTPUT.trace [SEED]   (default seed " + DEFAULT_SEED + ")");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        long started = System.nanoTime();
        long count = write(file, seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.err.printf("%s: %d observations (%d lines with the header), seed %d, %d ms%n",
                file, count, count + 1, seed, millis);
    }

    /** How many of each observation a seed gives (a quick look at the mix). */
    static Map<Observation, Long> census(long seed) {
        Map<Observation, Long> counts = new EnumMap<>(Observation.class);
        generate(seed, (observation, t) -> counts.merge(observation, 1L, Long::sum));
        return counts;
    }

    // ---------------------------------------------------------------- the year

    private void year() {
        for (int week = 0; week < WEEKS; week++) {
            for (int weekday = 0; weekday < WORKDAYS_PER_WEEK; weekday++) {
                day((week * 7L + weekday) * DAY);
            }
        }
    }

    private void day(long midnight) {
        long arrive = midnight + 8 * HOUR + 30 * MINUTE + between(-15 * MINUTE, 20 * MINUTE);
        long lunch = midnight + 12 * HOUR + 15 * MINUTE + between(-20 * MINUTE, 20 * MINUTE);
        long lunchLength = between(30 * MINUTE, 60 * MINUTE);
        long leave = midnight + 17 * HOUR + 30 * MINUTE + between(-20 * MINUTE, 25 * MINUTE);

        now = Math.max(now, arrive);
        emit(Observation.UNLOCK);
        halfDay(lunch);

        // Lunch: lock when leaving, unlock on return.
        emit(Observation.LOCK);
        now += lunchLength;
        emit(Observation.UNLOCK);
        halfDay(leave);

        emit(Observation.LOCK);
        if (chance(0.3)) {
            // The agent noticed time passing after the person left.
            now += between(5 * MINUTE, 30 * MINUTE);
            emit(Observation.TICK);
        }
    }

    /** Works from now until {@code end}, with maybe a coffee break and maybe a meeting on the way. */
    private void halfDay(long end) {
        long start = now;
        long length = end - start;
        List<long[]> interruptions = new ArrayList<>(2); // {at, kind}
        if (chance(0.6)) {
            interruptions.add(new long[] {start + (long) (length * (0.35 + 0.3 * random.nextDouble())), 0});
        }
        if (chance(0.2)) {
            double at = chance(0.5) ? 0.05 + 0.15 * random.nextDouble() : 0.7 + 0.1 * random.nextDouble();
            interruptions.add(new long[] {start + (long) (length * at), 1});
        }
        interruptions.sort((a, b) -> Long.compare(a[0], b[0]));
        for (long[] interruption : interruptions) {
            work(interruption[0]);
            if (interruption[1] == 0) {
                coffee();
            } else {
                meeting();
            }
        }
        work(end);
    }

    private void coffee() {
        boolean lock = chance(0.5);
        if (lock) {
            emit(Observation.LOCK);
        }
        // Usually longer than break.gap (a natural break); sometimes a quick one that is not.
        now += chance(0.7) ? between(6 * MINUTE, 16 * MINUTE) : between(2 * MINUTE, 4 * MINUTE + 30 * SECOND);
        if (lock) {
            emit(Observation.UNLOCK);
        }
    }

    private void meeting() {
        long length = between(25 * MINUTE, 65 * MINUTE);
        long end = now + length;
        emit(Observation.PAUSE);
        if (chance(0.55)) {
            // In a meeting room.
            emit(Observation.LOCK);
            now = end;
            emit(Observation.UNLOCK);
            now += between(0, 20 * SECOND);
            emit(Observation.RESUME);
        } else {
            // On a call at the desk: now and then the pointer, a few keys.
            while (now < end) {
                activityBurst(1 + random.nextInt(chance(0.3) ? 12 : 4));
                now += between(15 * SECOND, 3 * MINUTE);
            }
            emit(Observation.RESUME);
        }
    }

    /** Bursts of input and quiet spells until {@code end}; answers prompts as they come. */
    private void work(long end) {
        while (now < end) {
            if (inSession && !paused && random.nextInt(2000) == 0) {
                routine(true);                            // a routine started from the tray, unprompted
            }
            int kind = random.nextInt(100);
            int burst = kind < 10 ? 1 + random.nextInt(4) : kind < 75 ? 3 + random.nextInt(11) : 8 + random.nextInt(16);
            activityBurst(burst);
            long quietEnd = Math.min(now + quietSpell(), Math.max(end, now));
            if (!answeredPrompt(quietEnd)) {
                now = quietEnd;
            }
        }
    }

    private long quietSpell() {
        int pick = random.nextInt(1000);
        if (pick < 500) {
            return between(300, 3 * SECOND);              // a pause in typing
        } else if (pick < 905) {
            return between(3 * SECOND, 60 * SECOND);      // reading, thinking
        } else if (pick < 995) {
            return between(1 * MINUTE, 4 * MINUTE + 50 * SECOND); // several minutes, still at the desk
        } else {
            return between(5 * MINUTE + 10 * SECOND, 12 * MINUTE); // gone for a bit: a natural break
        }
    }

    /** {@code count} input events: mostly typing, pointer moves, or scrolling. */
    private void activityBurst(int count) {
        int style = random.nextInt(100);
        for (int i = 0; i < count; i++) {
            Observation observation;
            long step;
            if (style < 55) {             // typing, with the odd pointer touch
                observation = random.nextInt(40) == 0 ? Observation.POINTER : Observation.KEY;
                step = between(60, 350);
            } else if (style < 88) {      // pointer work with clicks (a click is a pointer observation)
                observation = random.nextInt(25) == 0 ? Observation.KEY : Observation.POINTER;
                step = between(20, 250);
            } else {                      // reading: scroll and move
                observation = random.nextInt(4) == 0 ? Observation.POINTER : Observation.WHEEL;
                step = between(30, 400);
            }
            if (i > 0) {
                now += step;
            }
            emit(observation);
        }
    }

    /**
     * The generator's rough version of rules 4–6: once continuous sitting reaches the limit, the
     * prompt appears in the first pause of 3 s or more, and the person, still at the desk, answers
     * it a few seconds later (or lets it time out). Called at the start of a quiet spell that lasts
     * until {@code quietEnd}; returns whether the person answered (and so moved on in time).
     */
    private boolean answeredPrompt(long quietEnd) {
        if (!inSession || paused || locked) {
            return false;
        }
        long shown = Math.max(due, now + 3 * SECOND);
        if (shown >= quietEnd || shown - lastActivity >= BREAK_GAP) {
            return false;                                 // not in this pause, or they have left the desk
        }
        int answer = random.nextInt(100);
        if (answer >= 82) {
            due = shown + PROMPT_TIMEOUT + SNOOZE;        // ignored: it times out and comes back
            return false;
        }
        now = shown + between(1500, 20 * SECOND);
        if (answer < 35) {
            routine(false);
        } else if (answer < 40) {
            emit(Observation.DONE);                       // did it without the timer: done straight away
            endSessionByRoutine();
            now += between(2 * SECOND, 30 * SECOND);
        } else if (answer < 62) {
            emit(Observation.SNOOZE);
            due = now + SNOOZE;
            now += between(500, 5 * SECOND);
        } else {
            emit(Observation.SKIP);
            due = now + SIT_LIMIT;
            now += between(500, 5 * SECOND);
        }
        return true;
    }

    /** A five-minute routine (clicks on its window ignored by the model), finished or abandoned. */
    private void routine(boolean ownInitiative) {
        emit(Observation.START);
        boolean abandon = chance(ownInitiative ? 0.05 : 0.15);
        long end = now + (abandon ? between(40 * SECOND, 3 * MINUTE) : between(4 * MINUTE + 30 * SECOND, 6 * MINUTE));
        while (true) {
            long next = now + between(20 * SECOND, 90 * SECOND);
            if (next >= end) {
                break;
            }
            now = next;
            emit(Observation.POINTER);
        }
        now = end;
        emit(abandon ? Observation.SKIP : Observation.DONE);
        endSessionByRoutine();
        now += between(2 * SECOND, 40 * SECOND);
    }

    private void endSessionByRoutine() {
        inSession = false;
        lastActivity = Long.MIN_VALUE / 2;
    }

    private void emit(Observation observation) {
        track(observation);
        long t = now;
        if (t < lastEmitted) {
            throw new IllegalStateException("time went backwards: " + t + " < " + lastEmitted);
        }
        lastEmitted = t;
        emitted++;
        sink.accept(observation, t * NANOS_PER_MILLI);
    }

    /** Keeps the rough picture of sitting up to date (a session ends after break.gap without input). */
    private void track(Observation observation) {
        switch (observation) {
            case KEY, POINTER, WHEEL -> {
                if (locked) {
                    return;
                }
                if (!inSession || now - lastActivity >= BREAK_GAP) {
                    inSession = true;
                    due = now + SIT_LIMIT;
                }
                lastActivity = now;
            }
            case LOCK -> locked = true;
            case UNLOCK -> locked = false;
            case PAUSE -> paused = true;
            case RESUME -> {
                paused = false;
                due = Math.max(due, now);
            }
            default -> { }
        }
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A uniform duration in [min, max] milliseconds. */
    private long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** Writes {@code <seconds>.<millis> <name>} lines without building strings per line. */
    private static final class TraceLineWriter implements Sink {
        private final Writer out;
        private final char[] line = new char[64];
        private IOException failure;

        TraceLineWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void accept(Observation observation, long tNanos) {
            if (failure != null) {
                return;
            }
            long millis = tNanos / NANOS_PER_MILLI;
            int end = line.length;
            String name = observation.wireName();
            line[--end] = '\n';
            end -= name.length();
            name.getChars(0, name.length(), line, end);
            line[--end] = ' ';
            long fraction = millis % 1000;
            for (int i = 0; i < 3; i++) {
                line[--end] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
            line[--end] = '.';
            long seconds = millis / 1000;
            do {
                line[--end] = (char) ('0' + seconds % 10);
                seconds /= 10;
            } while (seconds > 0);
            try {
                out.write(line, end, line.length - end);
            } catch (IOException e) {
                failure = e;
            }
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** For a quick look: {@code java -cp benchmarks.jar org.unhunch.bench.OfficeYearTrace$Census [SEED]}. */
    public static final class Census {
        private Census() {
        }

        public static void main(String[] args) {
            long seed = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED;
            Map<Observation, Long> counts = census(seed);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("seed " + seed + ": " + total + " observations, "
                    + total / (WEEKS * WORKDAYS_PER_WEEK) + " per working day");
            counts.forEach((observation, count) -> System.out.println("  " + observation.wireName() + " " + count));
        }
    }
}
