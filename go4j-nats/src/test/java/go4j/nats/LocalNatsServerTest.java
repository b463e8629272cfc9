package go4j.nats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture itself: the binary is there (else this fails with how to install it). */
class LocalNatsServerTest {
    @Test
    void natsServerIsInstalledOrTheFailureSaysHowToInstallIt() {
        assertNotNull(LocalNatsServer.find(), LocalNatsServer.INSTALL_HINT);
        assertTrue(LocalNatsServer.INSTALL_HINT.contains("apt-get install nats-server"));
    }

    @Test
    void startsOnAFreePortAndRestartsOnTheSameOne() {
        try (LocalNatsServer s = LocalNatsServer.start()) {
            int port = s.port();
            s.restart();
            assertTrue(s.url().endsWith(":" + port));
        }
    }
}
