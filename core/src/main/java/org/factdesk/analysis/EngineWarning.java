package org.factdesk.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something a journalist should know about one analysis (the input was cut short, characters were removed,
 * nothing was left), kept as data rather than as a sentence: it is stored with the article and read later by
 * people who speak different languages.
 *
 * @param code      the key of its text in the core bundle {@code org/factdesk/messages}, e.g. {@code engine.truncated}
 * @param arguments the values its placeholders show: numbers or text
 */
public record EngineWarning(String code, List<Object> arguments) {

    public EngineWarning {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static EngineWarning of(String code, Object... arguments) {
        return new EngineWarning(code, List.of(arguments));
    }
}
