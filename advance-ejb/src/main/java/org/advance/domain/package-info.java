/** The model of the service and its rules, free of any container: the typed refusals (ErrorCode, AdvanceException) and the time conventions (Times). */
package org.advance.domain;
