package org.advance.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advance.domain.model.AdvanceRequest;
import org.eclipse.persistence.sessions.Session;

/** What the persistence unit loads, for {@link LazyLoadingIT}. */
@Stateless
public class Loading {

    /** The to-one associations of a request, all declared LAZY. */
    public static final List<String> REQUEST_ASSOCIATIONS = List.of("worker", "agency", "employer", "decidedBy");

    @PersistenceContext(unitName = "advance")
    private EntityManager em;

    @PersistenceUnit(unitName = "advance")
    private EntityManagerFactory emf;

    /** Counts the statements of the calling thread from now on; call it outside any transaction. */
    public StatementCounter countStatements() {
        return new StatementCounter(emf.unwrap(Session.class));
    }

    /** Finds a request in a fresh persistence context, and tells which of its associations that loaded. */
    public Map<String, Boolean> loadedByFind(long requestId) {
        AdvanceRequest request = em.find(AdvanceRequest.class, requestId);
        PersistenceUnitUtil util = emf.getPersistenceUnitUtil();
        Map<String, Boolean> loaded = new LinkedHashMap<>();
        REQUEST_ASSOCIATIONS.forEach(name -> loaded.put(name, util.isLoaded(request, name)));
        return loaded;
    }

    /** Finds a request and reads its worker's name: the worker is loaded then, on demand. */
    public String workerNameOnDemand(long requestId) {
        AdvanceRequest request = em.find(AdvanceRequest.class, requestId);
        return request.getWorker().getFullName();
    }
}
