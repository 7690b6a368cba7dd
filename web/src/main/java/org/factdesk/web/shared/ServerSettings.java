package org.factdesk.web.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings of one installation, each read from a system property or else from an environment variable (for
 * example {@code -Dfactdesk.public-url=https://factcheck.example.org/} or {@code FACTDESK_PUBLIC_URL=...}).
 */
public final class ServerSettings {

    static final String PUBLIC_URL = "factdesk.public-url";
    static final String SECURE_COOKIES = "factdesk.secure-cookies";
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/";

    private static final ServerSettings CURRENT = new ServerSettings(System.getProperties(), System.getenv());

    private final String publicUrl;
    private final boolean secureCookies;

    ServerSettings(Properties properties, Map<String, String> environment) {
        this.publicUrl = baseUrl(read(properties, environment, PUBLIC_URL, DEFAULT_PUBLIC_URL));
        this.secureCookies = Boolean.parseBoolean(read(properties, environment, SECURE_COOKIES, "false"));
    }

    public static ServerSettings current() {
        return CURRENT;
    }

    /**
     * The address readers reach Factdesk at, ending with a slash: every absolute link (the ClaimReview {@code url},
     * links in API answers) starts with it. It is configured, never taken from the request's Host header, which any
     * client can set to another site.
     */
    public String publicUrl() {
        return publicUrl;
    }

    /** Whether cookies carry {@code Secure}: true wherever Factdesk is reached over TLS, which a proxy may end. */
    public boolean secureCookies() {
        return secureCookies;
    }

    private static String read(Properties properties, Map<String, String> environment, String name, String fallback) {
        var value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String baseUrl(String configured) {
        try {
            var uri = new URI(configured);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(PUBLIC_URL + " must be an http or https address without query: " + configured);
            }
            return configured.endsWith("/") ? configured : configured + "/";
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PUBLIC_URL + " is not an address: " + configured, e);
        }
    }
}
