package se.lagesbild.support;

/**
 * Browserless UI tests (Karibu) on an empty database ({@link EmptyDatabaseTest}), signed in as the
 * first admin unless a test calls {@link #login}.
 */
@EmptyDatabaseTest
public abstract class EmptyDatabaseKaribuTest extends KaribuSupport {

    @Override
    protected String defaultUser() {
        return EmptyDatabaseTest.FIRST_ADMIN;
    }
}
