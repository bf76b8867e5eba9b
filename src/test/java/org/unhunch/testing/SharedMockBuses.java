package org.unhunch.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link MockBuses} started once for a test class and stopped after its last test:
 * {@code @RegisterExtension static final SharedMockBuses BUSES = new SharedMockBuses();}
 */
public final class SharedMockBuses implements BeforeAllCallback, AfterAllCallback {

    private MockBuses buses;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        buses = MockBuses.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (buses != null) {
            buses.close();
            buses = null;
        }
    }

    /** The buses, once started. */
    public MockBuses get() {
        return buses;
    }
}
