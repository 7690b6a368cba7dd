package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticResourceCachingTest {

    /** What the Faces resource handler does while it serves a resource: a week, and an Expires date to match. */
    private static final String FACES_OWN = "max-age=604800";

    private final Map<String, String> headers = new HashMap<>();

    @Test
    void aVersionedAddressIsKeptForAYearWhateverTheResourceHandlerSets() throws Exception {
        serve(Map.of("v", "15.0.13", "ln", "primefaces-saga-blue"));
        assertEquals(StaticResourceCaching.IMMUTABLE, headers.get("Cache-Control"));
        assertNull(headers.get("Expires"), "no date that contradicts the year");
        assertEquals("text/css", headers.get("Content-Type"), "every other header passes");
    }

    @Test
    void anAddressWithoutVersionIsAskedAboutEachTime() throws Exception {
        serve(Map.of("ln", "primefaces-saga-blue"));
        assertEquals("no-cache", headers.get("Cache-Control"));
    }

    @Test
    void dynamicContentIsNeverKeptForAYearAndPrimeFacesDecides() throws Exception {
        serve(Map.of("v", "15.0.13", "pfdrid", "abc"));
        assertEquals(FACES_OWN, headers.get("Cache-Control"));
    }

    private void serve(Map<String, String> parameters) throws Exception {
        var request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getParameter".equals(method.getName()) ? parameters.get((String) args[0]) : null);
        var response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setDateHeader" -> headers.put((String) args[0], String.valueOf(args[1]));
                        default -> { }
                    }
                    return null;
                });
        new StaticResourceCaching().doFilter(request, response, (req, res) -> {
            var served = (HttpServletResponse) res;
            served.setHeader("Cache-Control", FACES_OWN);
            served.setDateHeader("Expires", 1_000_000L);
            served.setHeader("Content-Type", "text/css");
        });
    }
}
