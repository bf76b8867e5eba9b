package org.unhunch.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DirectDispatcherTest {

    @Test
    void tasks_run_at_once_on_the_calling_thread() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        new DirectDispatcher().execute(() -> ranOn.set(Thread.currentThread()));
        assertThat(ranOn).hasValue(Thread.currentThread());
    }

    @Test
    void after_shutdown_it_reports_termination_which_jnativehook_waits_for_on_re_registration() {
        DirectDispatcher dispatcher = new DirectDispatcher();
        assertThat(dispatcher.isShutdown()).isFalse();
        assertThat(dispatcher.isTerminated()).isFalse();
        dispatcher.shutdown();
        assertThat(dispatcher.isShutdown()).isTrue();
        assertThat(dispatcher.isTerminated()).isTrue();
        assertThat(dispatcher.awaitTermination(0, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> dispatcher.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }
}
