package org.factdesk.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.boundary.NotFoundException;

/** Every failure of the API as an {@link ApiError}; the boundaries' rules decide, the status only reports them. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message)).build();
    }

    /** A rule of the newsroom said no: 404 for what does not exist, 409 for a conflicting change, else 400. */
    @Provider
    public static class Refusals implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            if (e instanceof NotFoundException) {
                return error(Response.Status.NOT_FOUND, e.getMessage());
            }
            if (e instanceof ConcurrentEditException || e instanceof IllegalTransitionException) {
                return error(Response.Status.CONFLICT, e.getMessage());
            }
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** A boundary's @RolesAllowed refused the caller's roles. */
    @Provider
    public static class RoleRefusals implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
    }

    /** Unknown paths, wrong methods and media types, keeping the status JAX-RS chose. */
    @Provider
    public static class HttpRefusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            var status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            var known = status == null ? Response.Status.BAD_REQUEST : status;
            return error(known, switch (known) {
                case NOT_FOUND -> "There is nothing at this address.";
                case METHOD_NOT_ALLOWED -> "This address does not accept that method; /openapi lists what it does accept.";
                case NOT_ACCEPTABLE -> "The API answers in JSON only.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send JSON, or a story as text/plain or text/html; /openapi has the details.";
                case BAD_REQUEST -> "The request could not be read: check its body and parameters against /openapi.";
                default -> known.getReasonPhrase();
            });
        }
    }

    /** A body the API could not read as the JSON the endpoint expects. */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return error(Response.Status.BAD_REQUEST, "The request body is not the JSON this endpoint expects.");
        }
    }

    /** Anything unexpected: logged for the admin, and a plain 500 for the client without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            var refusal = businessCause(e);
            if (refusal != null) {
                return new Refusals().toResponse(refusal);
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request; nothing was"
                    + " half-saved. Try again, and tell the desk admin if it keeps happening.");
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
