package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.claim.boundary.ClaimService;

/** Claims: the open pool and one's own queue (journalists, desk chiefs), and single claims (all staff). */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class ClaimsResource {

    @Inject
    ClaimService claims;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A claim queue", description = "open: claims nobody has taken, most check-worthy first;"
            + " mine: the caller's claims. For journalists and desk chiefs.")
    public ApiPage<ClaimRowJson> queue(@QueryParam("queue") @DefaultValue("open") @Parameter(description = "open or mine") String queue,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        var page = switch (queue) {
            case "open" -> claims.pool(first, size);
            case "mine" -> claims.mine(first, size);
            default -> throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.unknownQueue", queue);
        };
        return ApiPage.of(page, first, ClaimRowJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with its position in the article and its review")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim")
    public ClaimJson get(@PathParam("id") long id) {
        return ClaimJson.of(claims.get(id), ApiExceptionMappers.language(headers));
    }
}
