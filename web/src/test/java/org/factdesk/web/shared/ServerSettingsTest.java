package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    private static Properties properties(String... pairs) {
        var properties = new Properties();
        for (var i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void withNothingConfiguredLinksPointAtTheLocalServer() {
        var settings = new ServerSettings(new Properties(), Map.of());

        assertEquals("http://localhost:8080/", settings.publicUrl());
        assertFalse(settings.secureCookies());
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentAndTheAddressEndsWithASlash() {
        var settings = new ServerSettings(properties("factdesk.public-url", "https://factcheck.example.org/desk"),
                Map.of("FACTDESK_PUBLIC_URL", "https://other.example/", "FACTDESK_SECURE_COOKIES", "true"));

        assertEquals("https://factcheck.example.org/desk/", settings.publicUrl());
        assertTrue(settings.secureCookies());
    }

    @Test
    void anAddressThatIsNoWebAddressStopsTheStartInsteadOfProducingBrokenLinks() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings(properties("factdesk.public-url", "javascript:alert(1)"), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings(properties("factdesk.public-url", "https://example.org/?x=1"), Map.of()));
    }
}
