package org.factdesk.shared.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message of the core bundle kept as data: its key and its arguments. For text that is written down now and read
 * later by people who speak different languages, such as the result of each file of a bulk import. Stored
 * arguments are text or numbers; anything else is stored as its text.
 */
public record DeskMessage(String key, List<Object> arguments) implements Serializable {

    public DeskMessage {
        Objects.requireNonNull(key, "key");
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }

    public static DeskMessage of(String key, Object... arguments) {
        return new DeskMessage(key, java.util.Arrays.asList(arguments));
    }

    /** What the refusal said, to be shown again later. */
    public static DeskMessage of(BusinessException refusal) {
        return new DeskMessage(refusal.getKey(), refusal.getArguments());
    }

    /** A message as {@link #key()} and {@link #argumentsJson()} stored it. */
    public static DeskMessage stored(String key, String argumentsJson) {
        try (var reader = Json.createReader(new StringReader(argumentsJson == null ? "[]" : argumentsJson))) {
            return new DeskMessage(key, reader.readArray().stream().map(DeskMessage::value).toList());
        }
    }

    public String in(Locale locale) {
        return BusinessMessages.format(key, arguments.toArray(), locale);
    }

    /** The arguments as a JSON array, for a text column beside the key. */
    public String argumentsJson() {
        var array = Json.createArrayBuilder();
        for (var argument : arguments) {
            if (argument instanceof Integer || argument instanceof Long) {
                array.add(((Number) argument).longValue());
            } else if (argument instanceof Number number) {
                array.add(number.doubleValue());
            } else {
                array.add(argument.toString());
            }
        }
        return array.build().toString();
    }

    private static Object value(jakarta.json.JsonValue json) {
        if (json instanceof JsonNumber number) {
            return number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        return json instanceof JsonString text ? text.getString() : json.toString();
    }
}
