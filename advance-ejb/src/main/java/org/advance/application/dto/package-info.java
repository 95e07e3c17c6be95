/** Records that views, the HTTP API and mails see instead of entities. */
package org.advance.application.dto;
