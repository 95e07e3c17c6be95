package org.advance.interfaces.web.worker;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.advance.application.WorkerService;
import org.advance.application.dto.AgencyChoice;
import org.advance.application.dto.RequestForm;
import org.advance.application.dto.RequestRow;
import org.advance.application.dto.SubmitCommand;
import org.advance.domain.AdvanceException;
import org.advance.domain.ErrorCode;
import org.advance.domain.rules.AmountRules;
import org.advance.domain.rules.TextRules;
import org.advance.interfaces.web.Feedback;
import org.advance.interfaces.web.Formats;
import org.advance.interfaces.web.IdConverter;
import org.advance.interfaces.web.Messages;
import org.advance.interfaces.security.CallerProducer;
import org.omnifaces.cdi.Param;

/**
 * "Besoin d'un acompte ?": the form, the confirmation dialog, the sent message. The idempotency key
 * is drawn once per page shown, so a double click on "Valider" (or a resent post) makes one request.
 */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Client ids of the fields the services name. */
    private static final Map<String, String> FIELDS = Map.of("agency", "ask:agency", "amount", "ask:amount",
            "comment", "ask:comment");

    @EJB
    private WorkerService workers;

    @Inject
    private CallerProducer current;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    /**
     * The employer of the URL's {@code ?employer=}; null when it names nothing. Read once, when the
     * view's bean is made: the page's ajax postbacks keep it.
     */
    @Inject
    @Param(name = "employer", converterClass = IdConverter.class)
    private Long employer;
    private RequestForm form;
    private Long agencyId;
    private BigDecimal amount;
    private boolean maximum;
    private String comment;
    private RequestRow sent;
    private final String idempotencyKey = UUID.randomUUID().toString();

    /** Reads the employer of the URL; one the worker never worked for shows "introuvable" and no form. */
    public void load() {
        if (form != null) {
            return;
        }
        if (employer == null) {
            feedback.show(AdvanceException.notFound("employer"), FIELDS);
            return;
        }
        try {
            form = workers.requestForm(current.caller(), employer);
            agencyId = form.agencies().stream().filter(a -> !a.hasOpenRequest()).map(AgencyChoice::id)
                    .findFirst().orElse(null);
        } catch (AdvanceException e) {
            feedback.show(e, FIELDS);
        }
    }

    public AgencyChoice getAgency() {
        if (form == null || agencyId == null) {
            return null;
        }
        return form.agencies().stream().filter(a -> a.id() == agencyId).findFirst().orElse(null);
    }

    /** "Envoyer ma demande": checks what can be checked here, so the dialog opens only on a sendable request. */
    public void prepare() {
        try {
            AgencyChoice agency = getAgency();
            if (agency == null) {
                throw new AdvanceException(ErrorCode.NOT_FOUND, "agency");
            }
            if (agency.hasOpenRequest()) {
                throw new AdvanceException(ErrorCode.OPEN_REQUEST_EXISTS, "agency", agency.name());
            }
            if (maximum) {
                amount = null;
                if (agency.maximum().isZero()) {
                    throw new AdvanceException(ErrorCode.MAXIMUM_IS_ZERO, "amount");
                }
            } else {
                AmountRules.requireWithinMaximum(AmountRules.requireValid(amount, "amount"), agency.maximum(), "amount");
            }
            TextRules.optional(comment, TextRules.COMMENT_MAX, "comment");
        } catch (AdvanceException e) {
            feedback.show(e, FIELDS);
        }
    }

    /** "Valider" in the dialog: the service decides, with the same rules again. */
    public void send() {
        if (sent != null) {
            return;
        }
        try {
            sent = workers.submit(current.caller(),
                    new SubmitCommand(agencyId == null ? -1 : agencyId, maximum ? null : amount, maximum, comment,
                            idempotencyKey));
        } catch (AdvanceException e) {
            feedback.show(e, FIELDS);
        }
    }

    public String getConfirmation() {
        AgencyChoice agency = getAgency();
        if (agency == null) {
            return "";
        }
        return maximum
                ? messages.get("worker.ask.confirm.maximum", formats.money(agency.maximum().maximum()), agency.name())
                : messages.get("worker.ask.confirm.amount", formats.money(amount), agency.name());
    }

    public String getSentMessage() {
        return sent == null ? "" : messages.get("worker.ask.sent", sent.agencyName());
    }

    /** Nothing can be sent when every agency already has a request waiting. */
    public boolean isNothingPossible() {
        return form != null && form.agencies().stream().allMatch(AgencyChoice::hasOpenRequest);
    }

    public String agencyLabel(AgencyChoice agency) {
        return agency.hasOpenRequest() ? agency.name() + " — " + messages.get("worker.ask.agencyOpen") : agency.name();
    }

    public Long getEmployer() {
        return employer;
    }

    public RequestForm getForm() {
        return form;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isMaximum() {
        return maximum;
    }

    public void setMaximum(boolean maximum) {
        this.maximum = maximum;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public RequestRow getSent() {
        return sent;
    }
}
