/** Plain business rules, unit-tested without a container: the maximum amount with its breakdown, amounts, free texts, agency policy. */
package org.advance.domain.rules;
