package se.lagesbild.support;

/**
 * Browserless UI tests (Karibu) on the demo database: the real views and services, signed in as the
 * demo controller unless a test calls {@link #login}.
 */
@LagesbildTest
public abstract class KaribuTest extends KaribuSupport {

    @Override
    protected String defaultUser() {
        return SignedIn.DEFAULT_USER;
    }
}
