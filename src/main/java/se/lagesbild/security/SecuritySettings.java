package se.lagesbild.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access settings ({@code lagesbild.security.*}), checked at start (docs/security.md, docs/configuration.md).
 *
 * @param userCache how long a user's roles and enheter are kept between reads
 * @param allowDemoPasswords start although a user has a demo password; unset: only on the embedded database
 * @param initialAdminPassword without demo data, the first admin's password (at least 10 characters)
 * @param login login throttling
 * @param oidc single sign-on
 */
@Validated
@ConfigurationProperties("lagesbild.security")
public record SecuritySettings(
        @DefaultValue("2s") @NotNull Duration userCache,
        Boolean allowDemoPasswords,
        @DefaultValue("") String initialAdminPassword,
        @DefaultValue @Valid Login login,
        @DefaultValue @Valid Oidc oidc) {

    /** @param addressMaxFailures failed logins from one client address before it must wait */
    public record Login(@DefaultValue("50") @Min(1) int addressMaxFailures) {}

    /** @param usernameClaim the identity provider's claim that names the user */
    public record Oidc(
            @DefaultValue("preferred_username") @NotBlank String usernameClaim) {}

    @AssertTrue(message = "must be empty or at least " + Users.MIN_PASSWORD_LENGTH + " characters")
    boolean isInitialAdminPasswordLongEnough() {
        return initialAdminPassword.isEmpty() || initialAdminPassword.length() >= Users.MIN_PASSWORD_LENGTH;
    }
}
