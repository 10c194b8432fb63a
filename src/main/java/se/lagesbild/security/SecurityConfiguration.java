package se.lagesbild.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import se.lagesbild.security.ui.LoginView;

/**
 * The web's security: Vaadin's configurer (login view, logout,
 * view access by {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}), single sign-on
 * through OIDC when a client registration is configured (see docs/security.md); the headers are
 * {@link SecurityHeaders}'. CSRF is Spring Security's for every request but Vaadin's own (which Vaadin
 * protects with its own token), including {@code POST /login}; redirects to the login are relative.
 * The import endpoint {@code /api/import/*} is reached without a session: it checks its own API
 * tokens ({@code importing.ApiTokens}) and is exempt from CSRF, which protects cookie sessions only.
 * Actuator (docs/operations.md): the health probes are public (without details); metrics and health
 * details need the admin role, or arrive on the separate management port ({@code MANAGEMENT_SERVER_PORT}),
 * which only the internal network should reach and where they need no sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> registrations,
            OidcUsers oidcUsers,
            RequestUtil vaadinRequests,
            @Value("${management.server.port:-1}") int managementPort,
            @Value("${server.port:8080}") int serverPort)
            throws Exception {
        boolean separateManagementPort = managementPort > 0 && managementPort != serverPort;
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        request -> separateManagementPort && request.getLocalPort() == managementPort)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name()));
        // the import endpoint checks its own tokens; an error dispatch (e.g. 410 for an expired session's
        // heartbeat) must reach the client as it is, not as a redirect to the login
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/import/**")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // CSRF everywhere but Vaadin's own requests (which carry Vaadin's own token) and the token-checked
        // import endpoint. Vaadin's configurer would also exempt the login view's path, and so POST /login:
        // a login-CSRF hole (a cross-site form signing the victim in as the attacker); the login form
        // sends the token (vaadin-login-form copies the page's _csrf meta tags into the form).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/api/import/**"));
        // To the login by a relative address (with server.tomcat.use-relative-redirects): never to the
        // host a request's Host header names
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/" + LoginView.PATH);
        toLogin.setFavorRelativeUris(true);
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toLogin));
        // CSP, framing, referrer and HSTS: SecurityHeaders, on every response
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/" + LoginView.PATH)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        // An address that is no route must reach Vaadin's not-found view (in Swedish, base.ui.NotFoundView) for
        // a signed-in user instead of a bare 403: the catch-all asks for a sign-in, not for nothing at all.
        // Views keep their own access annotations, which Vaadin checks after this.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
