package org.advance.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.advance.application.Caller;
import org.advance.application.WorkerService;
import org.advance.application.dto.EmployerView;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.WorkerSort;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;

/** The worker's operations: his employers, the request form, sending, his list, a request, cancelling. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkerResource {

    @EJB
    private WorkerService workers;

    @Inject
    private Caller caller;

    @GET
    @Path("employers")
    public List<EmployerView> employers() {
        return workers.employers(caller);
    }

    /** The agencies of this employer he may ask, each with his maximum and its breakdown. */
    @GET
    @Path("employers/{id}/form")
    public RequestForm form(@PathParam("id") String employerId) {
        return workers.requestForm(caller, Ids.of(employerId, "employer"));
    }

    /**
     * Sends a request. The client draws one Idempotency-Key per form and sends it again on retry:
     * the same key answers the request it already made.
     */
    @POST
    @Path("employers/{id}/requests")
    public Response submit(@PathParam("id") String employerId, @HeaderParam("Idempotency-Key") String key,
            String body, @Context UriInfo uri) {
        long employer = Ids.of(employerId, "employer");
        Bodies.Submit input = Bodies.Submit.of(body);
        // An agency given is checked in the submission's transaction; only without one are the worker's listed.
        long agencyId = input.agencyId() != null ? input.agencyId() : agencyOf(workers.agencyIds(caller, employer));
        RequestRow row;
        try {
            row = workers.submit(caller, employer, new SubmitCommand(agencyId, input.amount(),
                    Boolean.TRUE.equals(input.maximum()), input.comment(), key));
        } catch (AdvanceException e) {
            // The service names the agency as the form does; the body names it agencyId.
            if (e.code() == ErrorCode.NOT_FOUND && "agency".equals(e.field())) {
                throw new AdvanceException(ErrorCode.NOT_FOUND, "agencyId");
            }
            throw e;
        }
        return Response.created(uri.getBaseUriBuilder().path("requests").path(Long.toString(row.id())).build())
                .entity(row).build();
    }

    /** "Voir mes demandes": rows and total; sort DATE, AMOUNT or AGENCY. */
    @GET
    @Path("employers/{id}/requests")
    public TablePage requests(@PathParam("id") String employerId, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @QueryParam("sort") String sort, @QueryParam("asc") String asc) {
        long employer = Ids.of(employerId, "employer");
        PageRequest<WorkerSort> page = Params.page(WorkerSort.class, offset, limit, sort, asc);
        return PageFetcher.fetch(page, () -> workers.countRequests(caller, employer),
                p -> workers.requests(caller, employer, p));
    }

    @GET
    @Path("requests/{id}")
    public RequestDetail detail(@PathParam("id") String requestId) {
        return workers.detail(caller, Ids.of(requestId));
    }

    @POST
    @Path("requests/{id}/cancel")
    public RequestRow cancel(@PathParam("id") String requestId) {
        return workers.cancel(caller, Ids.of(requestId));
    }

    /** No agency given: the worker's only agency at this employer, if he has only one. */
    private static long agencyOf(List<Long> agencies) {
        if (agencies.size() == 1) {
            return agencies.get(0);
        }
        throw new BadInput(BadInput.Code.REQUIRED, "agencyId");
    }
}
