package org.factdesk.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The search page's own address with one parameter changed: choosing a facet value, dropping it, or turning the
 * page. Choosing anything but a page starts again at the first page.
 */
public class SearchLinks {

    static final List<String> PARAMETERS = List.of("q", "kind", "outlet", "state", "verdict", "from", "to", "page");

    private final Map<String, String> current = new LinkedHashMap<>();

    SearchLinks() {
        PARAMETERS.forEach(name -> {
            var value = Faces.getRequestParameter(name);
            if (value != null && !value.isBlank()) {
                current.put(name, value.strip());
            }
        });
    }

    public String get(String name) {
        return current.get(name);
    }

    public boolean isChosen(String name, String value) {
        return value != null && value.equals(current.get(name));
    }

    /** This search with {@code name} set to {@code value}, or removed when it is already that value. */
    public String toggle(String name, String value) {
        return with(Map.of(name, isChosen(name, value) ? "" : value));
    }

    public String anyDate() {
        return with(Map.of("from", "", "to", ""));
    }

    public String page(int page) {
        var changed = new LinkedHashMap<>(current);
        changed.put("page", Integer.toString(page));
        return address(changed);
    }

    /** The age facet as a date range: today, the six days before, the 23 days before those, or older. */
    public String age(String bucket) {
        var today = LocalDate.now();
        var range = switch (bucket) {
            case "TODAY" -> new String[] {today.toString(), ""};
            case "WEEK" -> new String[] {today.minusDays(6).toString(), today.minusDays(1).toString()};
            case "MONTH" -> new String[] {today.minusDays(29).toString(), today.minusDays(7).toString()};
            default -> new String[] {"", today.minusDays(30).toString()};
        };
        return with(Map.of("from", range[0], "to", range[1]));
    }

    private String with(Map<String, String> changes) {
        var changed = new LinkedHashMap<>(current);
        changed.remove("page");
        changes.forEach((name, value) -> {
            if (value.isEmpty()) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
        });
        return address(changed);
    }

    private static String address(Map<String, String> parameters) {
        return Faces.getRequestContextPath() + "/search.xhtml" + (parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
