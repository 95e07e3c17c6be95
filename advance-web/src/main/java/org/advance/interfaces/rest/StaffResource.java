package org.advance.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.advance.application.Caller;
import org.advance.application.StaffService;
import org.advance.application.dto.AgencyView;
import org.advance.application.dto.Decision;
import org.advance.application.dto.RequestDetail;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.PageRequest;
import org.advance.application.paging.StaffFilter;
import org.advance.application.paging.StaffSort;

/** Agency staff's operations: their agencies, "à traiter", "historique", a request, accepting, refusing. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @EJB
    private StaffService staff;

    @Inject
    private Caller caller;

    @GET
    @Path("agencies")
    public List<AgencyView> agencies() {
        return staff.agencies(caller);
    }

    /** "Demandes à traiter": filter by agency and Paris days (ISO dates), sort on any column (StaffSort). */
    @GET
    @Path("requests/pending")
    public TablePage pending(@QueryParam("agency") String agency, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort, @QueryParam("asc") String asc) {
        StaffFilter filter = filter(agency, from, to);
        PageRequest<StaffSort> page = Params.page(StaffSort.class, offset, limit, sort, asc);
        return PageFetcher.fetch(page, () -> staff.countToProcess(caller, filter),
                p -> staff.toProcess(caller, filter, p));
    }

    /** "Historique des demandes": same filters and sorts. */
    @GET
    @Path("requests/history")
    public TablePage history(@QueryParam("agency") String agency, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("sort") String sort, @QueryParam("asc") String asc) {
        StaffFilter filter = filter(agency, from, to);
        PageRequest<StaffSort> page = Params.page(StaffSort.class, offset, limit, sort, asc);
        return PageFetcher.fetch(page, () -> staff.countHistory(caller, filter), p -> staff.history(caller, filter, p));
    }

    @GET
    @Path("requests/{id}")
    public RequestDetail detail(@PathParam("id") String requestId) {
        return staff.detail(caller, Ids.of(requestId));
    }

    /** Accepts in full (no amount) or in part. */
    @POST
    @Path("requests/{id}/accept")
    public RequestRow accept(@PathParam("id") String requestId, String body) {
        long id = Ids.of(requestId);
        Bodies.Decide input = Bodies.Decide.of(body, Bodies.Decide.ACCEPT_KEYS);
        return staff.accept(caller, id, new Decision(input.amount(), input.reason(), input.comment()));
    }

    @POST
    @Path("requests/{id}/refuse")
    public RequestRow refuse(@PathParam("id") String requestId, String body) {
        long id = Ids.of(requestId);
        Bodies.Decide input = Bodies.Decide.of(body, Bodies.Decide.REFUSE_KEYS);
        return staff.refuse(caller, id, new Decision(null, input.reason(), input.comment()));
    }

    private static StaffFilter filter(String agency, String from, String to) {
        return new StaffFilter(Params.optionalLong(agency, "agency"), Params.optionalDate(from, "from"),
                Params.optionalDate(to, "to"));
    }
}
