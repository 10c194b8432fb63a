package se.lagesbild.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Single sign-on: the identity provider says who the user is; the roles and enheter still come from
 * our user table. The user is found by the claim {@code lagesbild.security.oidc.username-claim}
 * (default {@code preferred_username}) as a username, or else by the {@code email} claim; an unknown or
 * deactivated user is refused. The signed-in name is our username, so audit and access match the
 * built-in login.
 */
@Service
class OidcUsers extends OidcUserService {

    static final String USERNAME_ATTRIBUTE = "lagesbild_username";

    private final UserRepository repository;
    private final String usernameClaim;

    OidcUsers(UserRepository repository, SecuritySettings settings) {
        this.repository = repository;
        this.usernameClaim = settings.oidc().usernameClaim();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return withOurUser(super.loadUser(request));
    }

    OidcUser withOurUser(OidcUser identity) {
        UserRepository.Row row = Optional.ofNullable(identity.getClaimAsString(usernameClaim))
                .flatMap(repository::byUsername)
                .or(() -> Optional.ofNullable(identity.getEmail()).flatMap(repository::byEmail))
                .filter(UserRepository.Row::active)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("unknown_user", "No active Lägesbild user for this identity", null)));
        Map<String, Object> claims = new HashMap<>(
                identity.getUserInfo() == null
                        ? Map.of()
                        : identity.getUserInfo().getClaims());
        claims.put(USERNAME_ATTRIBUTE, row.username());
        return new DefaultOidcUser(
                repository.rolesOf(row.id()).stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList(),
                identity.getIdToken(),
                new OidcUserInfo(claims),
                USERNAME_ATTRIBUTE);
    }
}
