/**
 * Plain business rules, unit-tested without a container: the maximum amount with its breakdown
 * (and the basis it was computed on), amounts, free texts, agency policy, the sign-in throttle.
 */
package org.advance.domain.rules;
