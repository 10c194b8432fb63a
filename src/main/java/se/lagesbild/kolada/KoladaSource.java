package se.lagesbild.kolada;

import java.net.URI;

/** Where the client's requests go: Kolada over HTTP, or recorded answers (the demo data, tests). */
interface KoladaSource {

    /** The API's base address; request paths are appended to it. */
    URI baseUrl();

    /**
     * The body of the answer to a GET of {@code uri}.
     *
     * @throws KoladaException when there is no answer worth reading
     */
    String get(URI uri);
}
