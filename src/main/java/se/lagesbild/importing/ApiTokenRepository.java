package se.lagesbild.importing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The api_token table as a Spring Data JDBC repository of {@link StoredToken} aggregates. */
interface ApiTokenRepository extends ListCrudRepository<StoredToken, Long> {

    Optional<StoredToken> findByTokenSha256(String tokenSha256);

    Optional<StoredToken> findByName(String name);

    List<StoredToken> findAllByOrderByName();
}
