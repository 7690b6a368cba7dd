package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.claim.boundary.AssignmentService;
import org.factdesk.claim.boundary.ClaimCorrection;
import org.factdesk.claim.boundary.ClaimService;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.web.shared.ServerSettings;

/**
 * Claims: the open pool and one's own queue, single claims (all staff), and the first steps of the work on one:
 * a desk chief assigns it, a journalist takes it and opens a review. The boundaries decide who may; a change names
 * the version of the claim the client saw (its ETag, as {@code If-Match}, or {@code ?version=}).
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class ClaimsResource {

    private static final String VERSION = "The claim's version the client saw; or send its ETag as If-Match";

    @Inject
    ClaimService claims;

    @Inject
    ClaimDetailService details;

    @Inject
    AssignmentService assignments;

    @Inject
    ReviewService reviews;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A claim queue", description = "open: claims nobody has taken, soonest due and most check-worthy"
            + " first; mine: the caller's claims (empty for an admin). For all staff; size at most 200.")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            headers = @Header(name = "Link", description = PageLinks.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No such queue")
    public ApiPage<ClaimRowJson> queue(@QueryParam("queue") @DefaultValue("open") @Parameter(description = "open or mine") String queue,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue(ApiPage.DEFAULT_SIZE) int size) {
        var page = switch (queue) {
            case "open" -> claims.pool(first, size);
            case "mine" -> claims.mine(first, size);
            default -> throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.unknownQueue", queue);
        };
        return ApiPage.of(page, first, ClaimRowJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with its position in the article and its review; the ETag is the claim's version")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "404", description = "No such claim")
    public Response get(@PathParam("id") long id) {
        return claim(id);
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the claim to a journalist (desk chiefs)", description = "A draft review moves with the claim"
            + " to the new journalist; a claim waiting for a decision or approved stays with its reviewer.")
    @APIResponse(responseCode = "200", description = "Assigned; the claim as it is now",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "No such active journalist, or the claim cannot be assigned now")
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    @APIResponse(responseCode = "412", description = "The claim changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response assign(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                           @HeaderParam("If-Match") String ifMatch, AssignmentJson assignment) {
        var seen = Versions.required(version, ifMatch);
        if (assignment == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.assignmentJsonMissing");
        }
        assignments.assign(id, seen, assignment.journalist());
        return claim(id);
    }

    @POST
    @Path("{id}/take")
    @Operation(summary = "Take an open claim from the pool (journalists, desk chiefs)",
            description = "Taking one's own claim again changes nothing.")
    @APIResponse(responseCode = "200", description = "Taken; the claim as it is now",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "Someone else has it, or it is no longer open")
    @APIResponse(responseCode = "412", description = "The claim changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response take(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                         @HeaderParam("If-Match") String ifMatch) {
        claims.take(id, Versions.required(version, ifMatch));
        return claim(id);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Open a draft review of the claim (journalists, desk chiefs)", description = "Takes the claim if"
            + " nobody has it. A caller who already has a review of it gets that one back.")
    @APIResponse(responseCode = "201", description = "The draft; Location names it, the ETag is its version",
            content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "Someone else reviews it or has it")
    @APIResponse(responseCode = "409", description = "The article is closed, or someone started at the same moment")
    public Response startReview(@PathParam("id") long id) {
        var started = reviews.start(id);
        return Response.created(URI.create(ServerSettings.current().publicUrl() + "api/reviews/" + started.id()))
                .tag(Versions.tag(started.version())).entity(ReviewJson.of(started)).build();
    }

    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the claim's words or speaker (journalists, desk chiefs)", description = "The words must"
            + " stand in the article's text. With everySpelling, the article's other claims credited to the old spelling"
            + " of the speaker take the new one. The engine's version stays on the claim. Refused once a review of"
            + " the claim is approved.")
    @APIResponse(responseCode = "200", description = "Corrected; the claim as it is now",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "The words are not in the article, or the claim cannot be corrected now")
    @APIResponse(responseCode = "412", description = "The claim changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response correct(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                            @HeaderParam("If-Match") String ifMatch, ClaimEditJson edit) {
        var seen = Versions.required(version, ifMatch);
        if (edit == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.claimEditJsonMissing");
        }
        claims.correct(id, seen, new ClaimCorrection(edit.text(), edit.speaker(), edit.everySpelling()));
        return claim(id);
    }

    @POST
    @Path("{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss the claim with a reason (journalists, desk chiefs)",
            description = "Only while nobody has started its review; it leaves the queues.")
    @APIResponse(responseCode = "200", description = "Dismissed; the claim as it is now",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "No reason, or a review of it has started")
    @APIResponse(responseCode = "412", description = "The claim changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response dismiss(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                            @HeaderParam("If-Match") String ifMatch, DismissalJson dismissal) {
        var seen = Versions.required(version, ifMatch);
        claims.dismiss(id, seen, dismissal == null ? null : dismissal.reason());
        return claim(id);
    }

    @DELETE
    @Path("{id}/dismissal")
    @Operation(summary = "Reinstate a dismissed claim (journalists, desk chiefs)", description = "It returns to the open pool.")
    @APIResponse(responseCode = "200", description = "Reinstated; the claim as it is now",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "The claim is not dismissed")
    @APIResponse(responseCode = "412", description = "The claim changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response reinstate(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                              @HeaderParam("If-Match") String ifMatch) {
        claims.reinstate(id, Versions.required(version, ifMatch));
        return claim(id);
    }

    private Response claim(long id) {
        var detail = details.get(id);
        return Versions.tagged(ClaimJson.of(detail, ApiExceptionMappers.language(headers)), detail.claim().version());
    }
}
