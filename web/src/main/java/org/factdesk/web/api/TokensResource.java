package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.apitoken.boundary.ApiTokenService;

/** API tokens for admins' own automation; the same rules as the admin page. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class TokensResource {

    @Inject
    ApiTokenService tokens;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Issued tokens, newest first (admins)")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public ApiPage<TokenJson> list(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return ApiPage.of(tokens.list(first, size), first, TokenJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token for a member of staff (admins)", description = "The response is the only time the"
            + " token's secret is shown; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Issued")
    public Response issue(NewTokenJson request) {
        if (request == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.tokenJsonMissing");
        }
        var issued = tokens.issue(request.username(), request.label(), request.expiresOn());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.id())).build())
                .entity(IssuedTokenJson.of(issued)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token (admins); it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "409", description = "The token changed since the given version")
    public void revoke(@PathParam("id") long id, @QueryParam("version") long version) {
        tokens.revoke(id, version);
    }
}
