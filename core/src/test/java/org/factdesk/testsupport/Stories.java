package org.factdesk.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** News stories unlike each other and unlike anything on the desk, so none is flagged as a near-duplicate. */
public final class Stories {

    private static final List<String> THINGS = List.of("schools", "bridges", "clinics", "wind farms", "tram lines",
            "libraries", "fire stations", "harbour cranes", "water plants", "sports halls", "rail depots", "markets");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
    private static final List<String> ROLES = List.of("Minister", "Mayor", "Governor", "Senator", "Commissioner");

    private Stories() {
    }

    public static byte[] unique() {
        var random = ThreadLocalRandom.current();
        var speaker = ROLES.get(random.nextInt(ROLES.size())) + " " + Fixtures.uniqueName();
        var place = Fixtures.uniqueName() + "ville";
        var text = new StringBuilder(pick(THINGS) + " plan for " + place + " announced\n\n");
        for (var i = 0; i < 5; i++) {
            var other = Fixtures.uniqueName();
            text.append('"').append("We will build ").append(random.nextInt(2, 900)).append(' ').append(pick(THINGS))
                    .append(" in ").append(place).append(" by ").append(random.nextInt(2026, 2040)).append(",\" ")
                    .append(speaker).append(" told ").append(other).append(" on ").append(pick(DAYS)).append(".\n\n")
                    .append(other).append(" said the ").append(pick(THINGS)).append(" would cost ")
                    .append(random.nextInt(10, 990)).append(" million euros and questioned the ").append(pick(THINGS))
                    .append(" budget of ").append(Fixtures.uniqueName()).append(".\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(List<String> words) {
        return words.get(ThreadLocalRandom.current().nextInt(words.size()));
    }
}
