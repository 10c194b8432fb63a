package se.lagesbild.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URI;

/**
 * Clicks a download link as the browser's request would reach it: the link's download handler runs
 * with no current UI (Vaadin calls it outside the UI, after releasing the session lock), and what it
 * writes is returned.
 */
public final class Downloads {

    private Downloads() {}

    public static byte[] download(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource =
                (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                        .getResource(URI.create(link.getHref()))
                        .orElseThrow(() -> new AssertionError("no download behind " + link.getHref()));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(
                Downloads.class.getClassLoader(), new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOutputStream")) {
                        return (OutputStream) written;
                    }
                    if (method.getName().equals("getWriter")) {
                        return new PrintWriter(written, true);
                    }
                    if (method.getName().equals("getService")) {
                        return session.getService();
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            resource.getElementRequestHandler()
                    .handleRequest(VaadinRequest.getCurrent(), response, session, resource.getOwner());
        } finally {
            UI.setCurrent(ui);
        }
        return written.toByteArray();
    }
}
