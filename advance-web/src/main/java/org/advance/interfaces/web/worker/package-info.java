/** The temp worker's pages: his employers, the request form, his requests and their detail. */
package org.advance.interfaces.web.worker;
