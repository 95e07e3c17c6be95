package org.advance.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.advance.application.Caller;
import org.advance.application.OperationsService;
import org.advance.application.SignInThrottle;
import org.advance.application.dto.DigestRun;
import org.advance.application.dto.ThrottleView;

/**
 * The administrator's operations for scripts (the digest benchmark, operators): the daily digest
 * started by hand, as the admin page's button does, and followed until it has completed; the
 * sign-ins slowed down by wrong passwords. The services check that the caller is the administrator.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @EJB
    private OperationsService operations;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private Caller caller;

    /**
     * Sends today's digest now to the staff who have not had it today: 202, the run and its
     * Location. While a run is under way, that run is answered instead of starting another.
     */
    @POST
    @Path("digest")
    public Response startDigest(@Context UriInfo uri) {
        long execution = operations.startDigest(caller);
        return Response.accepted(operations.digestRun(caller, execution))
                .location(uri.getAbsolutePathBuilder().path(Long.toString(execution)).build())
                .build();
    }

    /** Where a run stands; COMPLETED once every digest is in the outbox and handed to the sender. */
    @GET
    @Path("digest/{execution}")
    public DigestRun digestRun(@PathParam("execution") String execution) {
        return operations.digestRun(caller, Ids.of(execution));
    }

    /** Sign-ins slowed down by wrong passwords, newest first (at most 200). */
    @GET
    @Path("throttles")
    public List<ThrottleView> throttles() {
        return throttle.current(caller, 200);
    }

    /** Lifts the waits of a login (from every address) or of a client address: {@code ?login=} or {@code ?address=}. */
    @DELETE
    @Path("throttles")
    public Response lift(@QueryParam("login") String login, @QueryParam("address") String address) {
        String which = login != null && !login.isBlank() ? login : address;
        if (which == null || which.isBlank()) {
            throw new BadInput(BadInput.Code.REQUIRED, "login");
        }
        return Response.ok(java.util.Map.of("lifted", throttle.lift(caller, which))).build();
    }
}
