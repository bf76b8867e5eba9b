package org.unhunch.activity;

import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>Cost of one input event in our listener</b> (ns/op, {@code Mode.AverageTime}; run with
 * {@code -prof gc} for bytes per event): what {@link NativeHookListener} and
 * {@link ActivityRecorder#record} do on JNativeHook's hook thread for each event, with the real
 * ticker ({@link Ticker#SYSTEM}, {@code System.nanoTime()}). Targets: &lt; 50 ns and 0 B per event.
 *
 * <p>The events are built once in {@code @Setup} with their public constructors; nothing here
 * touches {@code GlobalScreen}'s static methods (its static initialiser loads the native library),
 * so this measures our code only, not JNativeHook's own per-event work (the JNI up-call, the event
 * object, the dispatch task, the listener array: see the agent cost script for the whole path).
 *
 * <p>The recorder is not drained during a run, as in the live agent, which drains it only at its
 * wake-ups (minutes apart): every event after the first takes the steady-state path.
 * {@code pointerMoved} alternates between two points 100 px apart, so every event is counted;
 * {@code pointerJitter} alternates between two points within 2 px of the counted one, so every
 * event is rejected as jitter before it reaches the recorder. {@code tickerRead} is the clock on
 * its own, for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class NativeHookListenerBenchmark {

    private ActivityRecorder recorder;
    private NativeHookListener listener;

    private NativeKeyEvent keyA;
    private NativeMouseEvent farLeft;
    private NativeMouseEvent farRight;
    private NativeMouseEvent nearRight;
    private NativeMouseEvent nearBelow;
    private NativeMouseWheelEvent wheelDown;

    private boolean flip;

    @Setup
    public void setUp() {
        recorder = new ActivityRecorder(Ticker.SYSTEM);
        listener = new NativeHookListener(recorder);

        keyA = new NativeKeyEvent(NativeKeyEvent.NATIVE_KEY_PRESSED, 0, 0, NativeKeyEvent.VC_A,
                NativeKeyEvent.CHAR_UNDEFINED);
        farLeft = new NativeMouseEvent(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 400, 300, 0);
        farRight = new NativeMouseEvent(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 500, 300, 0);
        nearRight = new NativeMouseEvent(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 641, 480, 0);
        nearBelow = new NativeMouseEvent(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 641, 481, 0);
        // id, modifiers, x, y, clickCount, scrollType, scrollAmount, wheelRotation (vertical)
        wheelDown = new NativeMouseWheelEvent(NativeMouseEvent.NATIVE_MOUSE_WHEEL, 0, 640, 480, 0,
                NativeMouseWheelEvent.WHEEL_UNIT_SCROLL, 3, 1);

        // Past the first activity (which would wake the agent) for every kind.
        listener.nativeKeyPressed(keyA);
        listener.nativeMouseWheelMoved(wheelDown);
        // The counted position for pointerJitter; pointerMoved moves it on at once.
        listener.nativeMouseMoved(new NativeMouseEvent(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 640, 480, 0));
    }

    @Benchmark
    public void keyPressed() {
        listener.nativeKeyPressed(keyA);
    }

    @Benchmark
    public void pointerMoved() {
        flip = !flip;
        listener.nativeMouseMoved(flip ? farRight : farLeft);
    }

    @Benchmark
    public void pointerJitter() {
        flip = !flip;
        listener.nativeMouseMoved(flip ? nearRight : nearBelow);
    }

    @Benchmark
    public void wheelMoved() {
        listener.nativeMouseWheelMoved(wheelDown);
    }

    @Benchmark
    public long tickerRead() {
        return Ticker.SYSTEM.read();
    }
}
