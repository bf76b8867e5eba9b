package org.unhunch.files;

import java.io.IOException;

/** A file or folder Unhunch will not keep data in or load code from; the message says which and why. */
public final class UnsafePathException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnsafePathException(String message) {
        super(message);
    }
}
