package org.unhunch.presence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A camera in use: a video device ({@code /dev/video*}) held open by one of the user's own
 * processes, seen in their {@code /proc/[pid]/fd} links, and streaming: its frame buffers mapped
 * into that process ({@code /proc/[pid]/maps}). A device only held open — PipeWire and WirePlumber
 * keep cameras open between calls — is not a call. An application that streams through exported
 * buffers (dmabuf) rather than mapping the device is missed. A process that cannot be looked at is
 * passed over. Which process holds which device is never kept: the scan ends at the first one.
 */
public final class CameraHeldOpen extends AskedSource {

    private static final String VIDEO = "video";
    /** A process maps a few thousand regions at most (a browser); a longer map is not read to its end. */
    private static final int MAX_MAP_LINES = 100_000;
    private static final DirectoryStream.Filter<Path> PROCESSES = path -> isNumber(path.getFileName().toString());

    private final Path proc;
    private final Path dev;
    private Integer user;

    /** This machine's {@code /proc} and {@code /dev}. */
    public CameraHeldOpen() {
        this(Path.of("/proc"), Path.of("/dev"));
    }

    /**
     * @param proc where the processes are, with {@code self} the one asking (whose owner is the user)
     * @param dev  where the video devices are
     */
    CameraHeldOpen(Path proc, Path dev) {
        super("camera devices held open (/proc)", Signal.CALL);
        this.proc = proc;
        this.dev = dev;
    }

    @Override
    protected boolean read() throws Unavailable {
        if (user == null) {
            user = owner(proc.resolve("self"));
            if (user == null) {
                throw new Unavailable(proc + "/self cannot be read");
            }
        }
        return anyVideoDevice() && anyProcessHoldsOne();
    }

    /** No device, nothing to look for: the cheap answer on a machine without a camera plugged in. */
    private boolean anyVideoDevice() throws Unavailable {
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(dev, VIDEO + "*")) {
            return devices.iterator().hasNext();
        } catch (IOException | DirectoryIteratorException e) {
            throw new Unavailable(dev + " cannot be listed");
        }
    }

    private boolean anyProcessHoldsOne() throws Unavailable {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, PROCESSES)) {
            for (Path process : processes) {
                if (user.equals(owner(process, LinkOption.NOFOLLOW_LINKS)) && holdsVideoDevice(process.resolve("fd"))
                        && mapsVideoDevice(process.resolve("maps"))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | DirectoryIteratorException e) {
            throw new Unavailable(proc + " cannot be listed");
        }
    }

    /** False when the process is gone or its descriptors cannot be read. */
    private static boolean holdsVideoDevice(Path fds) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path link : links) {
                if (isVideoDevice(link)) {
                    return true;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return false;
        }
        return false;
    }

    /** Whether a video device's buffers are mapped; false when the map cannot be read. */
    private static boolean mapsVideoDevice(Path maps) {
        try (BufferedReader lines = Files.newBufferedReader(maps, StandardCharsets.ISO_8859_1)) {
            int read = 0;
            for (String line = lines.readLine(); line != null && read < MAX_MAP_LINES; line = lines.readLine()) {
                if (line.contains(" /dev/" + VIDEO)) {
                    return true;
                }
                read++;
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return false;
    }

    private static boolean isVideoDevice(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path name = target.getFileName();
            return "/dev".equals(String.valueOf(target.getParent())) && name != null
                    && name.toString().startsWith(VIDEO);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The owner's uid, or null when it cannot be read (the process has ended). */
    private static Integer owner(Path process, LinkOption... options) {
        try {
            return (Integer) Files.getAttribute(process, "unix:uid", options);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static boolean isNumber(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
