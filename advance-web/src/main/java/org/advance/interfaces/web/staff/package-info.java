/** Agency staff's pages: the two tables of requests with the processing dialog, and a request's detail. */
package org.advance.interfaces.web.staff;
