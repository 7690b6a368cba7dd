package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.publication.boundary.PublicationService;
import org.factdesk.publication.boundary.ClaimReviewJsonLd;
import org.factdesk.web.factcheck.PublicLinks;

/** Published fact-checks for anyone, without login: the same content and ClaimReview as the public pages. */
@Path("public")
@RequestScoped
@Tag(name = "Public fact-checks")
public class PublicFactChecksResource {

    static final String JSON_LD = "application/ld+json";

    @Inject
    PublicationService publications;

    @Inject
    PublicAddresses links;

    @GET
    @Path("factchecks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published fact-checks, newest first")
    public List<FactCheckJson> latest(@QueryParam("max") @DefaultValue("20") int max) {
        return publications.latest(max).stream().map(a -> FactCheckJson.of(a, links)).toList();
    }

    @GET
    @Path("claims/{id}")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "One published claim as schema.org ClaimReview",
            description = "Exactly the JSON-LD object embedded in the claim's public page.")
    @APIResponse(responseCode = "200", description = "The ClaimReview",
            content = @Content(mediaType = JSON_LD, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No published fact-check for this claim")
    public JsonObject claimReview(@PathParam("id") long id) {
        var page = publications.claimPage(id).filter(p -> !p.isRetracted())
                .orElseThrow(() -> new ApiRefusal(Response.Status.NOT_FOUND, "api.noPublishedClaim", Long.toString(id)));
        return ClaimReviewJsonLd.of(page.claim(), links.claimPage(id), PublicLinks.author(page.newsroom()));
    }

    @GET
    @Path("evidence/{id}/archive")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The text the server archived of a published verdict's source",
            description = "As fetched when the reviewer added the source; the page shows the SHA-256 of the bytes and"
                    + " the time, and the response repeats them in headers.")
    @APIResponse(responseCode = "200", description = "The archived text")
    @APIResponse(responseCode = "404", description = "No archived text of a published source under this id")
    public Response archivedCopy(@PathParam("id") long id) {
        var copy = publications.archivedCopy(id)
                .orElseThrow(() -> new ApiRefusal(Response.Status.NOT_FOUND, "api.noArchivedCopy", Long.toString(id)));
        return Response.ok(copy.text()).header("X-Content-SHA256", copy.sha256())
                .header("X-Archived-At", copy.archivedAt().toString())
                .header("Content-Security-Policy", "sandbox").header("X-Content-Type-Options", "nosniff").build();
    }
}
