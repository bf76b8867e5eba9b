package org.unhunch.bench;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseInputListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelListener;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * The naive setup, as a yardstick for {@code scripts/measure-agent-cost.sh} ({@code BASELINE=1}):
 * a bare JVM that registers JNativeHook listeners the way its README shows, with its default
 * event dispatcher (a thread of its own, fed through a queue), its default native-library
 * locator and java.util.logging as it comes. The listeners only count events. Nothing of the
 * application runs: no model, no agent thread, no logback.
 *
 * <p>Prints {@code Watching activity} on standard output once the hook runs, and the counts per
 * kind on standard error when it is stopped (SIGTERM / SIGINT).
 *
 * <pre>java -cp target/benchmarks.jar org.unhunch.bench.BareHookBaseline</pre>
 */
public final class BareHookBaseline implements NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {

    private final LongAdder keysPressed = new LongAdder();
    private final LongAdder keysOther = new LongAdder();
    private final LongAdder pointerMoves = new LongAdder();
    private final LongAdder pointerButtons = new LongAdder();
    private final LongAdder wheelTurns = new LongAdder();

    public static void main(String[] args) throws NativeHookException, InterruptedException {
        BareHookBaseline counts = new BareHookBaseline();
        GlobalScreen.registerNativeHook();
        GlobalScreen.addNativeKeyListener(counts);
        GlobalScreen.addNativeMouseListener(counts);
        GlobalScreen.addNativeMouseMotionListener(counts);
        GlobalScreen.addNativeMouseWheelListener(counts);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println(counts.summary());
            try {
                GlobalScreen.unregisterNativeHook();
            } catch (NativeHookException e) {
                System.err.println("unregister: " + e.getMessage());
            }
            stopped.countDown();
        }, "baseline-shutdown"));
        System.out.println("Watching activity (bare JNativeHook, default dispatcher)");
        System.out.flush();
        stopped.await();
    }

    String summary() {
        return "events seen: keyPressed=" + keysPressed.sum() + " keyTyped/Released=" + keysOther.sum()
                + " pointerMoved/Dragged=" + pointerMoves.sum() + " pointerButtons=" + pointerButtons.sum()
                + " wheel=" + wheelTurns.sum();
    }

    @Override
    public void nativeKeyPressed(NativeKeyEvent event) {
        keysPressed.increment();
    }

    @Override
    public void nativeKeyReleased(NativeKeyEvent event) {
        keysOther.increment();
    }

    @Override
    public void nativeKeyTyped(NativeKeyEvent event) {
        keysOther.increment();
    }

    @Override
    public void nativeMouseMoved(NativeMouseEvent event) {
        pointerMoves.increment();
    }

    @Override
    public void nativeMouseDragged(NativeMouseEvent event) {
        pointerMoves.increment();
    }

    @Override
    public void nativeMousePressed(NativeMouseEvent event) {
        pointerButtons.increment();
    }

    @Override
    public void nativeMouseReleased(NativeMouseEvent event) {
        pointerButtons.increment();
    }

    @Override
    public void nativeMouseClicked(NativeMouseEvent event) {
        pointerButtons.increment();
    }

    @Override
    public void nativeMouseWheelMoved(NativeMouseWheelEvent event) {
        wheelTurns.increment();
    }
}
