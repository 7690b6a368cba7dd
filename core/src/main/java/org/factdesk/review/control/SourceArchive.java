package org.factdesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Logger;
import org.factdesk.review.entity.Snapshot;
import org.factdesk.shared.boundary.LogText;
import org.jsoup.Jsoup;

/**
 * Archives a source when a reviewer adds it: the server fetches the address once, with short time limits and at most
 * {@value #MAX_BYTES} bytes, and keeps the status, a SHA-256 of the bytes and their text. Addresses on this machine
 * or its private networks are refused, so that a review cannot make the server read what only it can reach, unless
 * the installation allows them ({@code factdesk.evidence.private-hosts=true}, as the tests do). Redirects are
 * followed by hand, each target checked the same way.
 */
@ApplicationScoped
public class SourceArchive {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String PRIVATE_HOSTS = "factdesk.evidence.private-hosts";
    private static final int MAX_REDIRECTS = 3;
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SourceArchive.class.getName());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final boolean privateHostsAllowed = allowed(System.getProperty(PRIVATE_HOSTS),
            System.getenv("FACTDESK_EVIDENCE_PRIVATE_HOSTS"));

    /** The copy of the page at this address as the site sends it now, or why there is none. Never throws. */
    public Snapshot archive(String url) {
        // as the database keeps it, so that the time shown now is the time shown later
        var at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try {
            var target = URI.create(url);
            for (var hop = 0; hop <= MAX_REDIRECTS; hop++) {
                var addresses = InetAddress.getAllByName(target.getHost());
                if (!privateHostsAllowed && !isPublic(addresses)) {
                    return Snapshot.failed(at, "snapshot.privateAddress");
                }
                var request = HttpRequest.newBuilder(target).timeout(ANSWER).header("User-Agent", "Factdesk evidence archive")
                        .header("Accept", "text/html,text/plain,application/json;q=0.9,*/*;q=0.5").GET().build();
                var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 == 3 && location.isPresent()) {
                    response.body().close();
                    target = target.resolve(location.get());
                    if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
                        return Snapshot.failed(at, "snapshot.unreachable");
                    }
                    continue;
                }
                return copy(at, response);
            }
            return Snapshot.failed(at, "snapshot.tooManyRedirects");
        } catch (UnknownHostException e) {
            return Snapshot.failed(at, "snapshot.unknownHost");
        } catch (HttpTimeoutException e) {
            return Snapshot.failed(at, "snapshot.timeout");
        } catch (IOException | IllegalArgumentException e) {
            LOG.info(() -> "Could not archive " + LogText.oneLine(url) + ": " + LogText.oneLine(e.getMessage()));
            return Snapshot.failed(at, "snapshot.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Snapshot.failed(at, "snapshot.timeout");
        }
    }

    private static Snapshot copy(Instant at, HttpResponse<InputStream> response) throws IOException {
        byte[] bytes;
        try (var body = response.body()) {
            bytes = body.readNBytes(MAX_BYTES + 1);
        }
        var cut = bytes.length > MAX_BYTES;
        if (cut) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
        }
        var contentType = response.headers().firstValue("Content-Type").orElse(null);
        return Snapshot.fetched(at, response.statusCode(), sha256(bytes), contentType, text(bytes, contentType), cut);
    }

    /** The words of what the site sent: an HTML page's text, a text's characters; nothing for a PDF or an image. */
    static String text(byte[] bytes, String contentType) {
        var type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        var charset = charset(type);
        if (type.contains("html") || type.isEmpty() && looksLikeHtml(bytes)) {
            return Jsoup.parse(new String(bytes, charset)).text();
        }
        if (type.startsWith("text/") || type.contains("json") || type.contains("xml")) {
            return new String(bytes, charset);
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether every address a host name resolves to lies on the public internet. */
    static boolean isPublic(InetAddress[] addresses) {
        for (var address : addresses) {
            if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)
                    || isSharedAddressSpace(address)) {
                return false;
            }
        }
        return addresses.length > 0;
    }

    static boolean allowed(String property, String environment) {
        return "true".equalsIgnoreCase(property != null ? property.strip() : environment == null ? "" : environment.strip());
    }

    /** IPv6 unique local addresses, fc00::/7: a private network's. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, the carrier-grade NAT range, which reaches no public host. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        var bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static Charset charset(String contentType) {
        var at = contentType.indexOf("charset=");
        if (at >= 0) {
            var name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        var start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html");
    }
}
