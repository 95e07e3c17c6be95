package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.advance.application.dto.RequestRow;

/** The status a row shows: "Acceptée partiellement" when granted below what was asked. */
@Named("statuses")
@ApplicationScoped
public class StatusLabels {

    @Inject
    private Messages messages;

    public String of(RequestRow row) {
        return messages.get(row.status().labelKey(row.askedAmount(), row.grantedAmount()));
    }
}
