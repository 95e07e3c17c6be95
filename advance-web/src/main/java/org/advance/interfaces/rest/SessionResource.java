package org.advance.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.advance.application.AccountService;
import org.advance.application.Caller;
import org.advance.interfaces.security.AdvanceAuthenticationMechanism;
import org.advance.interfaces.security.SessionTokenCredential;

/**
 * Sessions of the mobile app: it logs in once with the password (HTTP Basic) and receives a bearer
 * token to send instead, so that only the login pays the deliberate cost of the password hash.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @EJB
    private AccountService accounts;

    @Inject
    private Caller caller;

    /** Opens a session; only with the password, so that a token cannot renew itself forever. */
    @POST
    public Response open(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (AdvanceAuthenticationMechanism.basicCredential(authorization) == null) {
            throw new BadInput(BadInput.Code.PASSWORD_REQUIRED, "Authorization");
        }
        return Response.status(Response.Status.CREATED).entity(accounts.openSession(caller)).build();
    }

    /** Logs out: the token of this call stops working. */
    @DELETE
    public Response close(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SessionTokenCredential bearer = AdvanceAuthenticationMechanism.bearerCredential(authorization);
        if (bearer != null) {
            accounts.closeSession(caller, bearer.token());
        }
        return Response.noContent().build();
    }
}
