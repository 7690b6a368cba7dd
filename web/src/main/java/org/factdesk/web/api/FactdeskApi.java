package org.factdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API for machine clients under /api. Staff endpoints take HTTP Basic or an API token an admin issued
 * ({@code Authorization: Bearer fdk_...}) and apply the same role rules as the pages; /api/public needs no login.
 * The server describes it at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Factdesk API", version = "1",
                description = "Ingest news articles, and read and work on articles, claims and reviews as a member of staff"
                        + " (assign, take, save, submit, approve, return, publish, correct, retract); read published"
                        + " fact-checks, as schema.org ClaimReview, without logging in. Errors are JSON objects with the HTTP"
                        + " status and a message: 400 refused input, 401 no or wrong credentials, 403 your role may not,"
                        + " 404 no such item, 409 a change the item's state does not allow now (or that lost a race with another), 412 a"
                        + " change naming a version that is no longer current, 428 a change that names no version. Single"
                        + " items carry their version as ETag; a change sends it back as If-Match or ?version=. Paged lists"
                        + " carry Link headers (RFC 8288) to their first, previous, next and last pages."),
        tags = {
                @Tag(name = "Articles", description = "Copies of stories on the desk"),
                @Tag(name = "Claims", description = "Checkable statements found in articles"),
                @Tag(name = "Reviews", description = "Verdicts on claims and their approval"),
                @Tag(name = "Fact-checks", description = "Publications on the desk: corrections and retractions"),
                @Tag(name = "Public fact-checks", description = "Published verdicts; no login needed"),
                @Tag(name = "API tokens", description = "Credentials for machine clients; admins only")})
@SecurityScheme(securitySchemeName = FactdeskApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A member of staff's username and password")
@SecurityScheme(securitySchemeName = FactdeskApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token an admin issued on /admin/tokens.xhtml; it acts with its user's roles")
public class FactdeskApi extends Application {

    static final String BASIC = "basic";
    static final String TOKEN = "token";
}
