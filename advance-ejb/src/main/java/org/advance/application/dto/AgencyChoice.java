package org.advance.application.dto;

import java.io.Serializable;
import org.advance.domain.rules.MaximumAmount;

/**
 * An agency the worker may ask, with his maximum there and whether a request already waits for an
 * answer (then he cannot send another).
 */
public record AgencyChoice(long id, String name, MaximumAmount maximum, boolean hasOpenRequest)
        implements Serializable {}
