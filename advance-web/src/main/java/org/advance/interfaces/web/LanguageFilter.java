package org.advance.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch: any page opened with {@code ?lang=en} (or fr) switches the session's
 * language, then shows the same page without the parameter. A plain link, so it keeps the page's
 * own parameters (employer, id) and works on every page, logged in or not.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "lang";

    @Inject
    private UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Read from the query string, not getParameter(): reading parameters here would fix the
        // request encoding before Faces sets UTF-8, and garble accents in every form.
        String language = language(request.getQueryString());
        if (language == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        userSession.change(language);
        String query = withoutLanguage(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String language(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith(PARAMETER + "="))
                .map(p -> p.substring(PARAMETER.length() + 1))
                .findFirst().orElse(null);
    }

    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
