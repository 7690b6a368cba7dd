package org.factdesk.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.ingest.boundary.AlreadyStoredException;
import org.factdesk.shared.boundary.AccessRefusedException;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.boundary.LogText;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.shared.boundary.TooLargeException;
import org.factdesk.web.shared.BundleMessages;
import org.factdesk.web.shared.ServerSettings;

/**
 * Every failure of the API as a {@link Problem}; the boundaries' rules decide, the status only reports them. The
 * message is in the first language of the request's {@code Accept-Language} that Factdesk speaks, else English.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    private static final Logger REFUSALS = Logger.getLogger(ApiExceptionMappers.class.getName());

    /**
     * The answer to a refused request. A 403 or 404 is expected (a role that may not, a typo in an id) and is logged
     * in one line, never with a stack trace: a client sending thousands of them must not be able to flood the log.
     */
    static Response error(Response.StatusType status, String message) {
        if (status.getStatusCode() == 403 || status.getStatusCode() == 404) {
            REFUSALS.info(() -> "API " + status.getStatusCode() + ": " + LogText.oneLine(message));
        }
        return Response.status(status).type(Problem.MEDIA)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), message).json()).build();
    }

    static Locale language(HttpHeaders headers) {
        return BundleMessages.spokenOf(headers.getAcceptableLanguages());
    }

    private static Response error(Response.Status status, HttpHeaders headers, String key) {
        return error(status, BundleMessages.text(language(headers), key));
    }

    /**
     * A rule of the newsroom said no: 404 for what does not exist, 403 for what this member of staff may not see,
     * 413 for what is too large, 412 for a change that names a version which is no longer current (its If-Match or
     * {@code ?version=} failed), 409 for a change the state does not allow now, one that lost a race, or a copy the
     * desk holds already, else 400.
     */
    static Response refusal(BusinessException e, HttpHeaders headers) {
        var message = e.getMessage(language(headers));
        if (e instanceof NotFoundException) {
            return error(Response.Status.NOT_FOUND, message);
        }
        if (e instanceof AccessRefusedException) {
            return error(Response.Status.FORBIDDEN, message);
        }
        if (e instanceof TooLargeException) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, message);
        }
        if (e instanceof AlreadyStoredException stored) {
            // the outlet's copy of this text is there already: the answer points at it, as a 201 would have
            return Response.fromResponse(error(Response.Status.CONFLICT, message))
                    .location(java.net.URI.create(ServerSettings.current().publicUrl() + "api/articles/" + stored.storedArticleId())).build();
        }
        if (e instanceof StaleVersionException) {
            return error(Response.Status.PRECONDITION_FAILED, message);
        }
        if (e instanceof ConcurrentEditException || e instanceof IllegalTransitionException) {
            return error(Response.Status.CONFLICT, message);
        }
        return error(Response.Status.BAD_REQUEST, message);
    }

    @Provider
    public static class Refusals implements ExceptionMapper<BusinessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return refusal(e, headers);
        }
    }

    /** The API's own refusals of a request it cannot use. */
    @Provider
    public static class RequestRefusals implements ExceptionMapper<ApiRefusal> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ApiRefusal e) {
            return error(e.status(), BundleMessages.text(language(headers), e.key(), e.arguments()));
        }
    }

    /** A boundary's @RolesAllowed refused the caller's roles. */
    @Provider
    public static class RoleRefusals implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, headers, "api.forbidden");
        }
    }

    /** Unknown paths, wrong methods and media types, keeping the status JAX-RS chose. */
    @Provider
    public static class HttpRefusals implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            var status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            var known = status == null ? Response.Status.BAD_REQUEST : status;
            return switch (known) {
                case NOT_FOUND -> error(known, headers, "api.noSuchAddress");
                case METHOD_NOT_ALLOWED -> error(known, headers, "api.methodNotAllowed");
                case NOT_ACCEPTABLE -> error(known, headers, "api.jsonOnly");
                case UNSUPPORTED_MEDIA_TYPE -> error(known, headers, "api.unsupportedMediaType");
                case BAD_REQUEST -> error(known, headers, "api.unreadableRequest");
                default -> error(known, known.getReasonPhrase());
            };
        }
    }

    /** A body the API could not read as the JSON the endpoint expects. */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return error(Response.Status.BAD_REQUEST, headers, "api.unreadableBody");
        }
    }

    /** Anything unexpected: logged for the admin, and a plain 500 for the client without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            var refusal = businessCause(e);
            if (refusal != null) {
                return refusal(refusal, headers);
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, headers, "api.serverError");
        }

        private static BusinessException businessCause(Throwable e) {
            for (var cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessException business) {
                    return business;
                }
            }
            return null;
        }
    }
}
