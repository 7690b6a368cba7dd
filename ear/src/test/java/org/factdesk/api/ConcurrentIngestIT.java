package org.factdesk.api;

import static org.factdesk.api.ApiClient.bearer;
import static org.factdesk.api.ApiClient.staff;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.factdesk.security.PageSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A wire feed pushing many stories at once from an outlet the desk has never seen: every story lands, under one outlet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentIngestIT {

    private static final int STORIES = 200;
    private static final int CLIENTS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void twoHundredStoriesAtOnceFromANewOutletAllLandUnderOneOutlet() throws InterruptedException {
        var api = new ApiClient(base);
        var issued = api.postJson("api/tokens", staff("alex"), Json.createObjectBuilder().add("username", "jane")
                .add("label", "wire feed " + UUID.randomUUID()).build().toString());
        assertEquals(201, issued.status(), issued.body());
        var token = bearer(issued.json().getString("token"));
        var outlet = "Wire Outlet " + UUID.randomUUID();

        var pool = Executors.newFixedThreadPool(CLIENTS);
        var replies = new ArrayList<Future<ApiClient.Reply>>();
        try {
            for (int n = 0; n < STORIES; n++) {
                var story = Json.createObjectBuilder().add("outlet", outlet).add("fileName", "wire-" + n + ".txt")
                        .add("text", story(n, outlet)).build().toString();
                replies.add(pool.submit(() -> api.postJson("api/articles", token, story)));
            }
            var byStatus = new TreeMap<Integer, Integer>();
            var samples = new TreeMap<Integer, String>();
            for (var reply : replies) {
                var answer = get(reply);
                byStatus.merge(answer.status(), 1, Integer::sum);
                samples.putIfAbsent(answer.status(), answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            var outletIds = outletIdsNamed(outlet);
            var stored = outletIds.isEmpty() ? 0 : api.get("api/articles?size=200&outletId=" + outletIds.get(0), token)
                    .json().getJsonNumber("total").longValue();
            assertAll(
                    () -> assertEquals(Map.of(201, STORIES), byStatus, "every story is stored; one answer of each status: " + samples),
                    () -> assertEquals(1, outletIds.size(), "exactly one outlet of that name exists: ids " + outletIds),
                    () -> assertEquals(STORIES, stored, "all stories are under that one outlet"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static ApiClient.Reply get(Future<ApiClient.Reply> reply) throws InterruptedException {
        try {
            return reply.get();
        } catch (ExecutionException e) {
            throw new AssertionError("a request failed on the client side", e.getCause());
        }
    }

    /** The outlets the article list offers to filter by, as an admin sees them: value is the id, text the name. */
    private List<String> outletIdsNamed(String name) {
        var alex = new PageSession(base).login("alex");
        var list = alex.get("article/list.xhtml");
        assertEquals(200, list.status(), list.toString());
        return list.html().select("select[name='filter:outlet_input'] option").stream()
                .filter(o -> o.text().strip().equals(name)).map(o -> o.attr("value")).toList();
    }

    private static final List<String> EVENTS = List.of("a flood", "a bridge closure", "a school strike", "a power cut",
            "a hospital opening", "a fire at the port", "a bus drivers' walkout", "a water shortage", "a rail accident",
            "a storm warning");
    private static final List<String> OFFICIALS = List.of("mayor", "fire chief", "health minister", "police spokesman",
            "council leader", "transport secretary", "union leader");

    /** A short story of its own for each copy, so that none is a near-duplicate of another. */
    private static String story(int n, String outlet) {
        var town = "Town" + IntStream.range(0, 6).mapToObj(i -> String.valueOf((char) ('a' + (n * 7 + i * 3) % 26)))
                .reduce("", String::concat);
        var event = EVENTS.get(n % EVENTS.size());
        var official = OFFICIALS.get(n % OFFICIALS.size());
        return town + " reports " + event + " (wire item " + n + ")\n\n"
                + "The " + official + " of " + town + " said on " + List.of("Monday", "Tuesday", "Friday").get(n % 3) + " that "
                + (n * 13 + 7) + " people were affected by " + event + ".\n\n"
                + "\"We expect normal service within " + (n % 9 + 2) + " days,\" the " + official + " told " + outlet + ".\n";
    }
}
