package org.factdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client walks every paged list by its Link headers: each names a page of the same list, in the same order. */
class PageLinksTest {

    private static final String CLAIMS = "https://factdesk.example.org/api/claims";

    @Test
    void aMiddlePageLinksToItsNeighboursAndBothEndsKeepingTheQuery() {
        var query = query("queue", "mine", "first", "20", "size", "20");
        assertEquals(List.of(
                        "<" + CLAIMS + "?queue=mine&first=0&size=20>; rel=\"first\"",
                        "<" + CLAIMS + "?queue=mine&first=0&size=20>; rel=\"prev\"",
                        "<" + CLAIMS + "?queue=mine&first=40&size=20>; rel=\"next\"",
                        "<" + CLAIMS + "?queue=mine&first=60&size=20>; rel=\"last\""),
                PageLinks.of(CLAIMS, query, 20, 20, 65));
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertEquals(List.of("<" + CLAIMS + "?first=0&size=10>; rel=\"first\"",
                        "<" + CLAIMS + "?first=10&size=10>; rel=\"next\"",
                        "<" + CLAIMS + "?first=20&size=10>; rel=\"last\""),
                PageLinks.of(CLAIMS, Map.of(), 0, 10, 30));
        assertEquals(List.of("<" + CLAIMS + "?first=0&size=10>; rel=\"first\"",
                        "<" + CLAIMS + "?first=10&size=10>; rel=\"prev\"",
                        "<" + CLAIMS + "?first=20&size=10>; rel=\"last\""),
                PageLinks.of(CLAIMS, Map.of(), 20, 10, 30));
    }

    @Test
    void anEmptyListIsItsOwnFirstAndLastPage() {
        assertEquals(List.of("<" + CLAIMS + "?first=0&size=20>; rel=\"first\"", "<" + CLAIMS + "?first=0&size=20>; rel=\"last\""),
                PageLinks.of(CLAIMS, Map.of(), 0, 20, 0));
    }

    @Test
    void followingNextFromAnOffsetThatIsNoMultipleOfTheSizeEndsOnTheLastLink() {
        var links = PageLinks.of(CLAIMS, Map.of(), 5, 20, 100);
        assertEquals("<" + CLAIMS + "?first=25&size=20>; rel=\"next\"", links.get(2));
        assertEquals("<" + CLAIMS + "?first=85&size=20>; rel=\"last\"", links.get(3), "5, 25, 45, 65, 85 and no further");
        assertEquals("<" + CLAIMS + "?first=0&size=20>; rel=\"prev\"", links.get(1));
    }

    @Test
    void aPagePastTheEndLinksBackToTheLastRealPage() {
        var links = PageLinks.of(CLAIMS, Map.of(), 500, 20, 45);
        assertEquals(List.of("<" + CLAIMS + "?first=0&size=20>; rel=\"first\"",
                "<" + CLAIMS + "?first=40&size=20>; rel=\"prev\"",
                "<" + CLAIMS + "?first=40&size=20>; rel=\"last\""), links);
    }

    @Test
    void queryValuesAreEncodedSoNothingInThemEndsTheLinkOrTheHeader() {
        var links = PageLinks.of("https://factdesk.example.org/api/articles",
                query("state", "a b>; rel=\"x\"\r\nSet-Cookie: y", "outletId", "7"), 0, 20, 1);
        assertEquals("<https://factdesk.example.org/api/articles?state=a%20b%3E%3B%20rel%3D%22x%22%0D%0ASet-Cookie%3A%20y"
                + "&outletId=7&first=0&size=20>; rel=\"first\"", links.get(0));
    }

    @Test
    void aRepeatedParameterIsKeptWithEachValue() {
        var query = new LinkedHashMap<String, List<String>>();
        query.put("tag", List.of("one", "two"));
        assertEquals("<" + CLAIMS + "?tag=one&tag=two&first=0&size=20>; rel=\"first\"", PageLinks.of(CLAIMS, query, 0, 20, 3).get(0));
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        var query = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return query;
    }
}
