package org.factdesk.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.EvidenceStance;
import org.factdesk.review.entity.EvidenceType;
import org.factdesk.review.entity.Verdict;

/** A review as its author writes it: verdict, rationale and evidence, the same fields as the review form. */
@Schema(name = "Draft")
public record DraftJson(@Schema(description = "A verdict name such as MOSTLY_FALSE; empty while undecided") String verdict,
                        String rationale, List<ReviewJson.Evidence> evidence) {

    /** The draft for the review service, which decides whether it may be saved or submitted. */
    ReviewDraft toDraft() {
        var sources = evidence == null ? List.<EvidenceSource>of()
                : evidence.stream().filter(Objects::nonNull)
                .map(e -> new EvidenceSource(e.url(), e.title(), e.note(), named(EvidenceType.class, e.type()),
                        named(EvidenceStance.class, e.stance()))).toList();
        return new ReviewDraft(verdict(verdict), rationale, sources);
    }

    /** Reads an evidence type or stance by its name; refuses, with the names, one Factdesk does not have. */
    static <E extends Enum<E>> E named(Class<E> kind, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.unknownName", name,
                    Arrays.toString(kind.getEnumConstants()));
        }
    }

    /** Reads a verdict by its name; refuses, with the names, one Factdesk does not have. */
    static Verdict verdict(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Verdict.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.unknownVerdict", name, Arrays.toString(Verdict.values()));
        }
    }
}
