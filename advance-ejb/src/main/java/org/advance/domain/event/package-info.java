/**
 * What happened in the domain, as CDI events raised inside the transaction that made it happen:
 * observers that must not lose it (the decision mail) write in the same transaction, others react
 * once it has committed.
 */
package org.advance.domain.event;
