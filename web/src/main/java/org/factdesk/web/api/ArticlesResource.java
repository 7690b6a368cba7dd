package org.factdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.article.boundary.ArticleFilter;
import org.factdesk.article.boundary.ArticleService;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.boundary.IngestResult;
import org.factdesk.ingest.boundary.IngestService;
import org.factdesk.review.boundary.ClaimDetailService;
import org.factdesk.publication.boundary.FactCheckService;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.web.shared.ServerSettings;

/** Articles: ingest a copy of a story (journalists, desk chiefs), list and read them (all staff). */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = FactdeskApi.BASIC)
@SecurityRequirement(name = FactdeskApi.TOKEN)
public class ArticlesResource {

    private static final String INGEST = "Send JSON (outlet, url, fileName, text), or the file itself as text/plain,"
            + " text/html or application/octet-stream with outlet, url and fileName as query parameters; a file may be UTF-8"
            + " or Windows-1252. The story is stored with its claim candidates, or refused whole with the reason (400):"
            + " no outlet, empty, binary, over 5 MB, not .txt or .html, a bad URL. A near-duplicate is stored and linked"
            + " to the first copy.";

    @Inject
    ArticleService articles;

    @Inject
    ArticleDetailService details;

    @Inject
    IngestService ingest;

    @Inject
    ClaimDetailService claimDetails;

    @Inject
    FactCheckService factChecks;


    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List articles, newest first")
    @APIResponse(responseCode = "200", description = "One page of the articles",
            headers = @Header(name = "Link", description = PageLinks.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No such state")
    public ApiPage<ArticleRowJson> list(@QueryParam("state") @Parameter(description = "Only articles in this state, e.g. INGESTED") String state,
                                        @QueryParam("outletId") Long outletId,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue(ApiPage.DEFAULT_SIZE) @Parameter(description = "At most 200") int size) {
        return ApiPage.of(articles.list(new ArticleFilter(state(state), outletId), first, size), first, ArticleRowJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its cleaned text and claims; the ETag is the article's version")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "404", description = "No such article")
    public Response get(@PathParam("id") long id) {
        var detail = details.get(id);
        return Versions.tagged(ArticleJson.of(detail, ApiExceptionMappers.language(headers)), detail.article().version());
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the article's fact-check (desk chiefs)", description = "Every review started on the"
            + " article must be approved first. A verdict that rests on no primary source (a document, an official"
            + " statement, a data set) needs the desk chief's reason in the body: {\"primarySourceWaiver\": ...}."
            + " The answer is the publication; its ETag is the publication's version.")
    @APIResponse(responseCode = "400", description = "A verdict rests on no primary source and no reason was given")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = PublicationJson.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a desk chief")
    @APIResponse(responseCode = "409", description = "The article is not ready to publish")
    @APIResponse(responseCode = "412", description = "The article changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response publish(@PathParam("id") long id,
                            @QueryParam("version") @Parameter(description = "The article's version the client saw; or send its ETag as If-Match") Long version,
                            @HeaderParam("If-Match") String ifMatch) {
        factChecks.publish(id, Versions.required(version, ifMatch));
        return FactChecksResource.publication(factChecks, id);
    }

    /** {@link #publish} with a body: the reason for publishing a verdict that rests on no primary source. */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response publishWithReason(@PathParam("id") long id, @QueryParam("version") Long version,
                                      @HeaderParam("If-Match") String ifMatch, PublishJson publish) {
        factChecks.publish(id, Versions.required(version, ifMatch), publish == null ? null : publish.primarySourceWaiver());
        return FactChecksResource.publication(factChecks, id);
    }

    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a claim the engine missed (journalists, desk chiefs)", description = "The words must"
            + " stand in the article's cleaned text; the claim is matched with the story's other copies. Names the"
            + " article's version the client saw.")
    @APIResponse(responseCode = "201", description = "Added; Location names the claim",
            content = @Content(schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", description = "The words are not in the article, or the article is closed")
    @APIResponse(responseCode = "412", description = "The article changed since the given version" + Versions.STALE)
    @APIResponse(responseCode = "428", description = "No version given")
    public Response addClaim(@PathParam("id") long id,
                             @QueryParam("version") @Parameter(description = "The article's version the client saw; or send its ETag as If-Match") Long version,
                             @HeaderParam("If-Match") String ifMatch, NewClaimJson claim) {
        var seen = Versions.required(version, ifMatch);
        if (claim == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.newClaimJsonMissing");
        }
        var claimId = ingest.addClaim(id, seen, claim.text(), claim.near() == null ? -1 : claim.near(), claim.speaker());
        var detail = claimDetails.get(claimId);
        return Response.created(java.net.URI.create(ServerSettings.current().publicUrl() + "api/claims/" + claimId))
                .tag(Versions.tag(detail.claim().version()))
                .entity(ClaimJson.of(detail, ApiExceptionMappers.language(headers))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a story", description = INGEST)
    @APIResponse(responseCode = "201", description = "Stored; Location names the new article")
    @APIResponse(responseCode = "400", description = "Refused: no outlet, empty, too large, not text, bad URL")
    @APIResponse(responseCode = "409", description = "The outlet's copy with this text is on the desk already; Location names it")
    public Response ingest(IngestJson story) {
        if (story == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.storyJsonMissing");
        }
        var text = story.text() == null ? new byte[0] : story.text().getBytes(StandardCharsets.UTF_8);
        return created(new IngestRequest(story.outlet(), story.url(), blankToNull(story.fileName()), text));
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Ingest a story", description = INGEST)
    @APIResponse(responseCode = "201", description = "Stored; Location names the new article")
    @APIResponse(responseCode = "400", description = "Refused with the reason")
    @APIResponse(responseCode = "409", description = "The outlet's copy with this text is on the desk already; Location names it")
    public Response ingestFile(@QueryParam("outlet") @Parameter(description = "File bodies only: the outlet") String outlet,
                               @QueryParam("url") @Parameter(description = "File bodies only: where it was published") String url,
                               @QueryParam("fileName") @Parameter(description = "File bodies only: a .txt or .html name") String fileName,
                               @HeaderParam("Content-Length") @DefaultValue("-1") @Parameter(hidden = true) long length,
                               InputStream body) {
        return created(ingest.ingestFile(outlet, url, blankToNull(fileName), length, body));
    }

    private Response created(IngestRequest request) {
        return created(ingest.ingest(request));
    }

    private Response created(IngestResult result) {
        return Response.created(java.net.URI.create(ServerSettings.current().publicUrl() + "api/articles/" + result.articleId()))
                .entity(IngestedJson.of(result, ApiExceptionMappers.language(headers))).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ArticleState state(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ArticleState.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.unknownState", name, Arrays.toString(ArticleState.values()));
        }
    }
}
