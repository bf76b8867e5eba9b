package org.unhunch.activity;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The one place that touches {@code java.util.logging}: JNativeHook logs through it. Its records
 * are routed into SLF4J, and below WARNING they are dropped before anything is formatted (it logs
 * at FINE on its hot path).
 */
final class NativeHookLogging {

    private static final Logger JNATIVEHOOK = Logger.getLogger("com.github.kwhat.jnativehook");

    private NativeHookLogging() {
    }

    static synchronized void routeToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        JNATIVEHOOK.setLevel(Level.WARNING);
        JNATIVEHOOK.setUseParentHandlers(true);
    }
}
