package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import org.junit.jupiter.api.Test;

/** The hook adapter, fed events built directly (JNativeHook's own way); GlobalScreen is never touched. */
class NativeHookListenerTest {

    private final FakeTicker ticker = new FakeTicker(1_000);
    private final ActivityRecorder recorder = new ActivityRecorder(ticker);
    private final NativeHookListener listener = new NativeHookListener(recorder);

    private static NativeKeyEvent key(int id, int code, char character) {
        return new NativeKeyEvent(id, 0, 0, code, character);
    }

    private static NativeMouseEvent mouse(int id, int x, int y) {
        return new NativeMouseEvent(id, 0, x, y, 1);
    }

    @Test
    void a_key_press_is_key_activity_at_the_tickers_reading() {
        listener.nativeKeyPressed(key(NativeKeyEvent.NATIVE_KEY_PRESSED, NativeKeyEvent.VC_S, NativeKeyEvent.CHAR_UNDEFINED));
        ActivityWindow window = recorder.drain();
        assertThat(window.first(ActivityKind.KEY)).isEqualTo(1_000);
        assertThat(window.latest(ActivityKind.KEY)).isEqualTo(1_000);
        assertThat(window.first(ActivityKind.POINTER)).isEqualTo(ActivityRecorder.NONE);
    }

    @Test
    void releases_and_typed_characters_are_not_counted_again() {
        listener.nativeKeyReleased(key(NativeKeyEvent.NATIVE_KEY_RELEASED, NativeKeyEvent.VC_S, NativeKeyEvent.CHAR_UNDEFINED));
        listener.nativeKeyTyped(key(NativeKeyEvent.NATIVE_KEY_TYPED, NativeKeyEvent.VC_UNDEFINED, 's'));
        listener.nativeMouseReleased(mouse(NativeMouseEvent.NATIVE_MOUSE_RELEASED, 5, 5));
        listener.nativeMouseClicked(mouse(NativeMouseEvent.NATIVE_MOUSE_CLICKED, 5, 5));
        assertThat(recorder.drain().isEmpty()).isTrue();
    }

    @Test
    void the_first_and_latest_activity_of_each_kind_are_kept() {
        listener.nativeKeyPressed(key(NativeKeyEvent.NATIVE_KEY_PRESSED, NativeKeyEvent.VC_A, NativeKeyEvent.CHAR_UNDEFINED));
        ticker.advance(500);
        listener.nativeMouseWheelMoved(new NativeMouseWheelEvent(NativeMouseEvent.NATIVE_MOUSE_WHEEL, 0, 10, 10, 0,
                NativeMouseWheelEvent.WHEEL_UNIT_SCROLL, 3, 1));
        ticker.advance(500);
        listener.nativeKeyPressed(key(NativeKeyEvent.NATIVE_KEY_PRESSED, NativeKeyEvent.VC_B, NativeKeyEvent.CHAR_UNDEFINED));
        ticker.advance(500);
        listener.nativeMousePressed(mouse(NativeMouseEvent.NATIVE_MOUSE_PRESSED, 10, 10));
        ActivityWindow window = recorder.drain();
        assertThat(window.first(ActivityKind.KEY)).isEqualTo(1_000);
        assertThat(window.latest(ActivityKind.KEY)).isEqualTo(2_000);
        assertThat(window.first(ActivityKind.WHEEL)).isEqualTo(1_500);
        assertThat(window.first(ActivityKind.POINTER)).isEqualTo(2_500);
        assertThat(recorder.drain().isEmpty()).as("a drain clears the readings").isTrue();
    }

    @Test
    void pointer_jitter_below_three_pixels_is_not_activity() {
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 100, 100));
        recorder.drain();
        ticker.advance(10);
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 102, 102));
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 98, 101));
        listener.nativeMouseDragged(mouse(NativeMouseEvent.NATIVE_MOUSE_DRAGGED, 100, 98));
        assertThat(recorder.drain().isEmpty()).isTrue();
    }

    @Test
    void jitter_is_measured_from_the_last_counted_position_so_a_slow_drift_still_counts() {
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 100, 100));
        recorder.drain();
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 102, 100));
        assertThat(recorder.drain().isEmpty()).isTrue();
        ticker.advance(7);
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 103, 100));
        assertThat(recorder.drain().first(ActivityKind.POINTER)).isEqualTo(1_007);
    }

    @Test
    void moves_and_drags_of_three_pixels_or_more_are_pointer_activity() {
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 0, 0));
        ticker.advance(1);
        listener.nativeMouseDragged(mouse(NativeMouseEvent.NATIVE_MOUSE_DRAGGED, 0, 3));
        ticker.advance(1);
        listener.nativeMouseMoved(mouse(NativeMouseEvent.NATIVE_MOUSE_MOVED, 2, 5));
        ActivityWindow window = recorder.drain();
        assertThat(window.first(ActivityKind.POINTER)).isEqualTo(1_000);
        assertThat(window.latest(ActivityKind.POINTER)).isEqualTo(1_001);
    }

    @Test
    void nothing_about_an_event_is_kept_but_its_kind_and_time() {
        assertThat(NativeHookListener.class.getDeclaredFields())
                .filteredOn(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
                .extracting(field -> field.getName() + ":" + field.getType().getSimpleName())
                .containsExactlyInAnyOrder("recorder:ActivityRecorder", "positionKnown:boolean",
                        "countedX:int", "countedY:int");
        assertThat(ActivityRecorder.class.getDeclaredFields())
                .extracting(field -> field.getType().getSimpleName())
                .doesNotContain("NativeInputEvent", "NativeKeyEvent", "NativeMouseEvent", "String", "char", "char[]");
    }
}
