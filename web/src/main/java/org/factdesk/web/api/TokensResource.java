package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.web.shared.ServerSettings;
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


    @GET
    @Operation(summary = "Issued tokens, newest first (admins)")
    @APIResponse(responseCode = "200", description = "One page of the tokens",
            headers = @Header(name = "Link", description = PageLinks.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    public ApiPage<TokenJson> list(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue(ApiPage.DEFAULT_SIZE) int size) {
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
        return Response.created(java.net.URI.create(ServerSettings.current().publicUrl() + "api/tokens/" + issued.id()))
                .entity(IssuedTokenJson.of(issued)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token (admins); it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", description = "The token is revoked already")
    @APIResponse(responseCode = "412", description = "The token changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given: say which version you saw (?version= or If-Match)")
    public void revoke(@PathParam("id") long id, @QueryParam("version") Long version,
                       @HeaderParam("If-Match") String ifMatch) {
        tokens.revoke(id, Versions.required(version, ifMatch));
    }
}
