package org.unhunch.activity;

import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseInputListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelListener;

/**
 * The JNativeHook listener: turns key presses, pointer moves and clicks, and wheel turns into
 * "activity of kind K now". It runs on the hook's thread for every event, so it does O(1),
 * allocation-free work and nothing else: no logging, no locks, no Swing. Pointer moves of less
 * than {@value #JITTER_PX} px from the last counted position are jitter, not activity; that
 * position stays in this object and is the only thing about an event it keeps.
 */
final class NativeHookListener implements NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {

    static final int JITTER_PX = 3;

    private final ActivityRecorder recorder;
    private boolean positionKnown;
    private int countedX;
    private int countedY;

    NativeHookListener(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void nativeKeyPressed(NativeKeyEvent event) {
        recorder.record(ActivityKind.KEY);
    }

    @Override
    public void nativeMousePressed(NativeMouseEvent event) {
        recorder.record(ActivityKind.POINTER);
    }

    @Override
    public void nativeMouseMoved(NativeMouseEvent event) {
        pointerAt(event.getX(), event.getY());
    }

    @Override
    public void nativeMouseDragged(NativeMouseEvent event) {
        pointerAt(event.getX(), event.getY());
    }

    @Override
    public void nativeMouseWheelMoved(NativeMouseWheelEvent event) {
        recorder.record(ActivityKind.WHEEL);
    }

    private void pointerAt(int x, int y) {
        int dx = x - countedX;
        int dy = y - countedY;
        if (positionKnown && dx * dx + dy * dy < JITTER_PX * JITTER_PX) {
            return;
        }
        positionKnown = true;
        countedX = x;
        countedY = y;
        recorder.record(ActivityKind.POINTER);
    }
}
