package org.advance.interfaces.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.advance.application.StaffService;
import org.advance.application.dto.AgencyView;
import org.advance.application.dto.Decision;
import org.advance.application.dto.DecisionForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.paging.StaffFilter;
import org.advance.application.paging.StaffSort;
import org.advance.domain.AdvanceException;
import org.advance.interfaces.web.Feedback;
import org.advance.interfaces.web.Formats;
import org.advance.interfaces.web.Messages;
import org.advance.interfaces.web.RequestTable;
import org.advance.interfaces.security.CallerProducer;

/**
 * The "Demandes d'acomptes" service: the filters, the tabs "Demandes à traiter" and "Historique
 * des demandes", and the processing dialog.
 */
@Named
@ViewScoped
public class AdvancesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FILTER_FIELDS = Map.of("from", "filters:from", "to", "filters:to",
            "agency", "filters:agency");
    private static final Map<String, String> DECISION_FIELDS = Map.of("amount", "process:amount",
            "reason", "process:reason", "comment", "process:comment");

    @EJB
    private StaffService staff;

    @Inject
    private CallerProducer current;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private List<AgencyView> agencies;
    private Long agencyId;
    private LocalDate from;
    private LocalDate to;
    private StaffFilter filter = StaffFilter.NONE;

    private RequestTable<StaffSort, StaffFilter> toProcess;
    private RequestTable<StaffSort, StaffFilter> history;

    private DecisionForm decisionForm;
    private boolean accept = true;
    private BigDecimal amount;
    private String reason;
    private String comment;

    @PostConstruct
    void init() {
        agencies = staff.agencies(current.caller());
        toProcess = new RequestTable<>(StaffSort.class, StaffSort.DATE, true, () -> filter,
                f -> staff.countToProcess(current.caller(), f),
                (f, page) -> staff.toProcess(current.caller(), f, page));
        history = new RequestTable<>(StaffSort.class, StaffSort.DECIDED_AT, false, () -> filter,
                f -> staff.countHistory(current.caller(), f),
                (f, page) -> staff.history(current.caller(), f, page));
    }

    /** "Filtrer": the service checks the agency is his and the dates are in order before the tables use them. */
    public void applyFilter() {
        StaffFilter candidate = new StaffFilter(agencyId, from, to);
        try {
            staff.countToProcess(current.caller(), candidate);
            filter = candidate;
        } catch (AdvanceException e) {
            feedback.show(e, FILTER_FIELDS);
        }
    }

    public void resetFilter() {
        agencyId = null;
        from = null;
        to = null;
        filter = StaffFilter.NONE;
    }

    /** "Traiter la demande": the request, the maximum now and the employer's reasons. */
    public void open(long requestId) {
        decisionForm = null;
        accept = true;
        amount = null;
        comment = null;
        try {
            decisionForm = staff.decisionForm(current.caller(), requestId);
            reason = firstReason();
        } catch (AdvanceException e) {
            feedback.show(e, DECISION_FIELDS);
        }
    }

    /** Switching between accept and refuse offers the other list of reasons. */
    public void decisionChanged() {
        reason = firstReason();
    }

    public void save() {
        if (decisionForm == null) {
            return;
        }
        RequestRow request = decisionForm.request();
        try {
            if (accept) {
                RequestRow done = staff.accept(current.caller(), request.id(), new Decision(amount, reason, comment));
                feedback.info(messages.get("staff.process.accepted", done.workerName(), formats.money(done.grantedAmount())));
            } else {
                staff.refuse(current.caller(), request.id(), new Decision(null, reason, comment));
                feedback.info(messages.get("staff.process.refused", request.workerName()));
            }
            decisionForm = null;
        } catch (AdvanceException e) {
            feedback.show(e, DECISION_FIELDS);
        } finally {
            toProcess.refresh();
            history.refresh();
        }
    }

    public List<String> getReasons() {
        if (decisionForm == null) {
            return List.of();
        }
        return accept ? decisionForm.acceptReasons() : decisionForm.refuseReasons();
    }

    private String firstReason() {
        List<String> reasons = getReasons();
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    public String getAmountHint() {
        if (decisionForm == null) {
            return "";
        }
        RequestRow request = decisionForm.request();
        if (request.askedMaximum() && decisionForm.maximumNow() != null) {
            return messages.get("staff.process.amountHintMaximum", formats.money(decisionForm.maximumNow().maximum()));
        }
        return messages.get("staff.process.amountHint", formats.money(request.askedAmount()));
    }

    public boolean isSeveralAgencies() {
        return agencies.size() > 1;
    }

    public List<AgencyView> getAgencies() {
        return agencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public RequestTable<StaffSort, StaffFilter> getToProcess() {
        return toProcess;
    }

    public RequestTable<StaffSort, StaffFilter> getHistory() {
        return history;
    }

    public DecisionForm getDecisionForm() {
        return decisionForm;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
