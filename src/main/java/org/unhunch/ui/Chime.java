package org.unhunch.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soft sound with the prompt and between routine steps ({@code sounds}): a short, quiet tone
 * that fades in and out, made here rather than shipped as a file. Played on a thread of its own;
 * where there is no sound device it says so once and stays silent.
 */
final class Chime {

    private static final Logger LOG = LoggerFactory.getLogger(Chime.class);
    static final float SAMPLE_RATE = 22_050f;
    static final double FREQUENCY_HZ = 660;
    static final double SECONDS = 0.35;
    /** Peak amplitude as a share of full scale: quiet, for an office. */
    static final double VOLUME = 0.12;

    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "unhunch-chime");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean enabled;
    private volatile boolean noDevice;

    Chime(boolean enabled) {
        this.enabled = enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEnabled() {
        return enabled;
    }

    void play() {
        if (enabled && !noDevice) {
            player.execute(this::playNow);
        }
    }

    private void playNow() {
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        byte[] tone = tone();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format, tone.length);
            line.start();
            line.write(tone, 0, tone.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            noDevice = true;
            LOG.info("No sound device to play the chime on ({}); Unhunch stays silent", e.getMessage());
        }
    }

    /** 16-bit little-endian mono samples: a sine under a raised-cosine envelope, silent at both ends. */
    static byte[] tone() {
        int samples = (int) (SAMPLE_RATE * SECONDS);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (samples - 1));
            double value = VOLUME * envelope * Math.sin(2 * Math.PI * FREQUENCY_HZ * i / SAMPLE_RATE);
            short sample = (short) Math.round(value * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
