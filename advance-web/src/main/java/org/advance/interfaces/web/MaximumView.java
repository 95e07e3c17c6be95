package org.advance.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.advance.domain.rules.MaximumAmount;
import org.advance.domain.rules.MaximumBasis;

/** The lines that explain a maximum amount (worker's form, staff's dialog), in the page's language. */
@Named("maximumView")
@ApplicationScoped
public class MaximumView {

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    public String title(MaximumAmount maximum) {
        return maximum == null ? "" : messages.get("maximum.title", formats.money(maximum.maximum()));
    }

    public List<String> breakdown(MaximumAmount maximum) {
        List<String> lines = new ArrayList<>();
        if (maximum == null) {
            return lines;
        }
        if (maximum.basis() == MaximumBasis.EARNED_PAY) {
            lines.add(messages.get("maximum.hours", formats.number(maximum.validatedHours())));
            lines.add(messages.get("maximum.rate", formats.money(maximum.hourlyRate())));
            lines.add(messages.get("maximum.earned", formats.money(maximum.earnedPay())));
            lines.add(messages.get("maximum.percent", maximum.percent(), formats.money(maximum.allowance())));
        } else {
            lines.add(messages.get("maximum.ceiling", formats.money(maximum.allowance())));
        }
        lines.add(messages.get("maximum.granted", formats.money(maximum.alreadyGranted())));
        return lines;
    }
}
