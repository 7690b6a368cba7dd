package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.review.boundary.ReviewService;

/** Reviews: any one of them for staff, and the approval queue for desk chiefs. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class ReviewsResource {

    @Inject
    ReviewService reviews;

    @GET
    @Path("awaiting-decision")
    @Operation(summary = "Submitted reviews waiting for a decision, oldest first (desk chiefs)")
    @APIResponse(responseCode = "200", description = "One page of the approval queue")
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    public ApiPage<AwaitingReviewJson> awaitingDecision(@QueryParam("first") @DefaultValue("0") int first,
                                                        @QueryParam("size") @DefaultValue("20") int size) {
        return ApiPage.of(reviews.awaitingDecision(first, size), first, AwaitingReviewJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One review with its verdict, rationale, evidence and decision")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review")
    public ReviewJson get(@PathParam("id") long id) {
        return ReviewJson.of(reviews.get(id));
    }
}
