package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.publication.boundary.FactCheckService;

/**
 * The desk's side of a published fact-check, by its article's id: read its state, correct a claim's verdict in
 * public, retract it with a reason (desk chiefs). Publishing is {@code POST /api/articles/{id}/publish}.
 */
@Path("factchecks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fact-checks")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class FactChecksResource {

    @Inject
    FactCheckService factChecks;

    @GET
    @Path("{articleId}")
    @Operation(summary = "An article's publication: state, dates, corrections, retraction (staff); the ETag is its version")
    @APIResponse(responseCode = "200", description = "The publication", content = @Content(schema = @Schema(implementation = PublicationJson.class)))
    @APIResponse(responseCode = "404", description = "The article has no fact-check published")
    public Response get(@PathParam("articleId") long articleId) {
        return publication(factChecks, articleId);
    }

    @POST
    @Path("{articleId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct one claim's published verdict or rationale in public (desk chiefs)", description = "The"
            + " version is the claim's review's (the ETag of GET /api/reviews/{id}): a correction replaces what that review says.")
    @APIResponse(responseCode = "200", description = "Corrected; the publication with its corrections log",
            content = @Content(schema = @Schema(implementation = PublicationJson.class)))
    @APIResponse(responseCode = "400", description = "Refused with the reason, such as no note for readers")
    @APIResponse(responseCode = "404", description = "The claim is not part of this fact-check")
    @APIResponse(responseCode = "409", description = "Nothing is published to correct, or it was retracted")
    @APIResponse(responseCode = "412", description = "The review changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response correct(@PathParam("articleId") long articleId,
                            @QueryParam("version") @Parameter(description = "The review's version the client saw; or send its ETag as If-Match") Long version,
                            @HeaderParam("If-Match") String ifMatch, CorrectionJson correction) {
        var seen = Versions.required(version, ifMatch);
        if (correction == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.correctionJsonMissing");
        }
        if (factChecks.correctable(correction.claimId()).articleId() != articleId) {
            throw new ApiRefusal(Response.Status.NOT_FOUND, "api.claimNotInFactCheck", correction.claimId(), articleId);
        }
        factChecks.correct(correction.claimId(), seen, DraftJson.verdict(correction.verdict()), correction.rationale(),
                correction.note());
        return publication(factChecks, articleId);
    }

    @POST
    @Path("{articleId}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retract the fact-check with a reason readers see (desk chiefs)")
    @APIResponse(responseCode = "200", description = "Retracted", content = @Content(schema = @Schema(implementation = PublicationJson.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "409", description = "Nothing is published, or it is retracted already")
    @APIResponse(responseCode = "412", description = "The publication changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response retract(@PathParam("articleId") long articleId,
                            @QueryParam("version") @Parameter(description = "The publication's version the client saw; or send its ETag as If-Match") Long version,
                            @HeaderParam("If-Match") String ifMatch, RetractionJson retraction) {
        var seen = Versions.required(version, ifMatch);
        factChecks.retract(articleId, seen, retraction == null ? null : retraction.reason());
        return publication(factChecks, articleId);
    }

    static Response publication(FactCheckService factChecks, long articleId) {
        var record = factChecks.ofArticle(articleId)
                .orElseThrow(() -> new ApiRefusal(Response.Status.NOT_FOUND, "api.noPublication", articleId));
        return Versions.tagged(PublicationJson.of(record), record.version());
    }
}
