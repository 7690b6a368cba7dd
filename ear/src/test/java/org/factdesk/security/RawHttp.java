package org.factdesk.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket: the request line carries the path exactly as given (no client
 * normalises "/api/../" or "%2e%2e" away) and any Host header can be sent. Only for requests a normal client
 * would refuse to make.
 */
final class RawHttp {

    record Answer(int status, List<String> headerLines, String body) {
        List<String> headers(String name) {
            var prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).toList();
        }
    }

    private RawHttp() {
    }

    static Answer get(URL server, String rawPath, String host, Map<String, String> headers) {
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            var request = new StringBuilder("GET ").append(rawPath).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        var all = in.readAllBytes();
        var text = new String(all, StandardCharsets.ISO_8859_1);
        var end = text.indexOf("\r\n\r\n");
        var head = text.substring(0, end).split("\r\n");
        var status = Integer.parseInt(head[0].split(" ")[1]);
        var lines = new ArrayList<>(List.of(head).subList(1, head.length));
        var bodyBytes = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        var chunked = lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).replace(" ", "").equals("transfer-encoding:chunked"));
        return new Answer(status, lines, new String(chunked ? unchunk(bodyBytes) : bodyBytes, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrlf(body, at);
            var size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("broken chunked body");
    }
}
