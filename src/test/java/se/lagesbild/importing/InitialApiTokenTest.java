package se.lagesbild.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import se.lagesbild.base.AppSettings;
import se.lagesbild.support.EmptyDatabaseTest;

/**
 * LAGESBILD_IMPORT_INITIAL_TOKEN on a new database: the first import token, for every kind, so that a
 * scripted set-up needs no clicks; made once, and refused at start-up when too short to be a secret.
 */
@EmptyDatabaseTest
class InitialApiTokenTest {

    private static final String BEARER = "Bearer " + EmptyDatabaseTest.INITIAL_TOKEN;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AppSettings settings;

    @Test
    void theFirstTokenMayImportEveryKindAndIsRecordedAsMadeAtStart() {
        for (ImportScope scope : ImportScope.values()) {
            assertThat(tokens.authorise(BEARER, scope))
                    .as(scope.path())
                    .hasValueSatisfying(token -> assertThat(token.recordedAs()).isEqualTo("api:start"));
        }
        assertThat(tokens.all("admin")).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("start");
            assertThat(token.createdBy()).isEqualTo("start");
            assertThat(token.revokedAt()).isNull();
        });
        assertThat(tokens.authorise("Bearer " + EmptyDatabaseTest.INITIAL_TOKEN + "x", ImportScope.ACTUAL))
                .isEmpty();
    }

    @Test
    void aLaterStartWithTheSettingMakesNoOtherToken() {
        new InitialApiToken(initialToken("ett-helt-annat-startvarde-for-skript"), settings, tokens)
                .afterSingletonsInstantiated();
        assertThat(tokens.all("admin")).hasSize(1);
        assertThat(tokens.authorise("Bearer ett-helt-annat-startvarde-for-skript", ImportScope.BUDGET))
                .isEmpty();
    }

    @Test
    void aTokenShorterThan20CharactersRefusesTheStartNamingTheSetting() {
        assertThatThrownBy(
                        () -> new InitialApiToken(initialToken("kort"), settings, tokens).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lagesbild.import.initial-token (LAGESBILD_IMPORT_INITIAL_TOKEN) must be at least 20"
                        + " characters.");
    }

    private static ImportSettings initialToken(String token) {
        return new ImportSettings("demo-import-token", DataSize.ofMegabytes(100), token);
    }
}
