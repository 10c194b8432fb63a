package se.lagesbild.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The frontend bundle's files ({@code /VAADIN/build/}) are named by their content's hash, so a browser may
 * keep them for a year without asking again (Vaadin gives them an hour): a later visit then fetches only
 * the page and the view's data. Only a response Vaadin marks as cacheable (a file it found: {@code
 * max-age=3600}) gets the longer time; any other answer (a missing file's) is left as it is.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "max-age=31536000, immutable";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, cacheControl(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, cacheControl(name, value));
            }
        });
    }

    private static String cacheControl(String name, String value) {
        // Vaadin's "max-age=3600" on a file it serves; not Spring Security's "no-cache, no-store, max-age=0, …"
        return "Cache-Control".equalsIgnoreCase(name) && value != null && value.matches("max-age=\\d+")
                ? IMMUTABLE
                : value;
    }
}
