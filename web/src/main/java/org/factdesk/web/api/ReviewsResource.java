package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.boundary.ReviewDraft;
import org.factdesk.review.boundary.ReviewService;
import org.factdesk.review.boundary.ReviewView;

/**
 * Reviews: any one of them for staff, the approval queue for desk chiefs, and the four-eyes workflow: the author
 * saves and submits, a desk chief other than the author approves or returns it. Every change names the version of
 * the review the client saw (its ETag, as {@code If-Match}, or {@code ?version=}); the review service decides the rest.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class ReviewsResource {

    private static final String VERSION = "The review's version the client saw; or send its ETag as If-Match";

    @Inject
    ReviewService reviews;

    @GET
    @Path("awaiting-decision")
    @Operation(summary = "Submitted reviews waiting for a decision, oldest first (desk chiefs)")
    @APIResponse(responseCode = "200", description = "One page of the approval queue",
            headers = @Header(name = "Link", description = PageLinks.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    public ApiPage<AwaitingReviewJson> awaitingDecision(@QueryParam("first") @DefaultValue("0") int first,
                                                        @QueryParam("size") @DefaultValue(ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(reviews.awaitingDecision(first, size), first, AwaitingReviewJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One review with its verdict, rationale, evidence and decision; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "404", description = "No such review")
    public Response get(@PathParam("id") long id) {
        return tagged(reviews.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft (its author)", description = "Verdict, rationale and evidence replace the saved ones.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "Refused with the reason, such as an evidence row that is no web address")
    @APIResponse(responseCode = "409", description = "The review is no longer a draft, or someone saved it at the same moment")
    @APIResponse(responseCode = "412", description = "The review changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response save(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                         @HeaderParam("If-Match") String ifMatch, DraftJson draft) {
        var seen = Versions.required(version, ifMatch);
        if (draft == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.draftJsonMissing");
        }
        return tagged(reviews.saveDraft(id, seen, draft.toDraft()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the review as saved for a desk chief's decision (its author)",
            description = "Save the draft first with PUT; the version is the one that save answered with.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "Not ready: no verdict, no rationale or no evidence")
    @APIResponse(responseCode = "409", description = "The review cannot be submitted now, or someone saved it at the same moment")
    @APIResponse(responseCode = "412", description = "The review changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response submit(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                           @HeaderParam("If-Match") String ifMatch) {
        var seen = Versions.required(version, ifMatch);
        return tagged(reviews.submit(id, seen, asSaved(reviews.get(id))));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a submitted review (desk chiefs, never its own author)")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "The caller's own review (four-eyes rule)")
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    @APIResponse(responseCode = "409", description = "Not waiting for a decision, or someone decided at the same moment")
    @APIResponse(responseCode = "412", description = "The review changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response approve(@PathParam("id") long id, @QueryParam("version") @Parameter(description = VERSION) Long version,
                            @HeaderParam("If-Match") String ifMatch) {
        return tagged(reviews.approve(id, Versions.required(version, ifMatch)));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted review to its author with a comment (desk chiefs)")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @APIResponse(responseCode = "400", description = "No comment, or the caller's own review")
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    @APIResponse(responseCode = "409", description = "Not waiting for a decision, or someone decided at the same moment")
    @APIResponse(responseCode = "412", description = "The review changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response returnToAuthor(@PathParam("id") long id,
                                   @QueryParam("version") @Parameter(description = VERSION) Long version,
                                   @HeaderParam("If-Match") String ifMatch, ReturnJson comment) {
        var seen = Versions.required(version, ifMatch);
        return tagged(reviews.returnToAuthor(id, seen, comment == null ? null : comment.comment()));
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The review's conversation, oldest first (its author and the desk chiefs)",
            description = "The same thread as under the review on its pages; size at most 200.")
    @APIResponse(responseCode = "200", description = "One page of the conversation",
            headers = @Header(name = "Link", description = PageLinks.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller is neither the review's author nor a desk chief")
    @APIResponse(responseCode = "404", description = "No such review")
    public ApiPage<CommentJson> thread(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue(ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(reviews.thread(id, first, size), first, CommentJson::of);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add to the review's conversation (its author and the desk chiefs)", description = "The other"
            + " side is told. A comment changes nothing of the review, so it names no version.")
    @APIResponse(responseCode = "201", description = "Added; the message as the thread shows it",
            content = @Content(schema = @Schema(implementation = CommentJson.class)))
    @APIResponse(responseCode = "400", description = "No text, or more than 2000 characters")
    @APIResponse(responseCode = "403", description = "The caller is neither the review's author nor a desk chief")
    @APIResponse(responseCode = "404", description = "No such review")
    public Response comment(@PathParam("id") long id, NewCommentJson comment) {
        if (comment == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.commentJsonMissing");
        }
        return Response.status(Response.Status.CREATED).entity(CommentJson.of(reviews.comment(id, comment.text()))).build();
    }

    private static Response tagged(ReviewView review) {
        return Versions.tagged(ReviewJson.of(review), review.version());
    }

    /** The review's content as saved; the version check of the submit keeps it from being someone else's newer one. */
    private static ReviewDraft asSaved(ReviewView review) {
        return new ReviewDraft(review.verdict(), review.rationale(), review.sources());
    }
}
