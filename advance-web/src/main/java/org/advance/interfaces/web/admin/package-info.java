/** The administrator's page: requests per status, undelivered mails, the digest by hand, slowed sign-ins. */
package org.advance.interfaces.web.admin;
