package org.factdesk.shared.boundary;

/**
 * Text from outside (a file name, an outlet, a refusal naming what someone typed) on its way into the server log.
 * A line break in it would let a client write a log line of its own, and a megabyte of it would flood the log; so it
 * becomes one bounded line, with control characters shown as escapes.
 */
public final class LogText {

    static final int MAX = 300;

    private LogText() {
    }

    public static String oneLine(Object value) {
        var text = String.valueOf(value);
        var line = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (var i = 0; i < text.length() && line.length() < MAX; i++) {
            var c = text.charAt(i);
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        if (line.length() >= MAX && text.length() > MAX) {
            line.setLength(MAX);
            line.append("…");
        }
        return line.toString();
    }
}
