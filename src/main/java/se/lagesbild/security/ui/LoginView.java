package se.lagesbild.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import se.lagesbild.base.ui.ComponentTexts;

/**
 * The login in Swedish: user name and password (the built-in login), and, when single sign-on is
 * configured, a link per identity provider. After repeated failures the name (whether a user has it or
 * not) or the client address is locked for a while ({@code security.LoginThrottle});
 * the message says so without telling whether the user exists.
 */
@Route(value = LoginView.PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "login";

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<ClientRegistrationRepository> registrations) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction(PATH);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        ComponentTexts.loginPasswordReveal(form);
        add(new H1(getTranslation("app.name")), form);
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                Anchor sso = new Anchor(
                        "oauth2/authorization/" + client.getRegistrationId(),
                        getTranslation("security.login.sso", client.getClientName()));
                sso.setRouterIgnore(true);
                sso.addClassName("sso-login");
                add(sso);
            }
        }
        add(new Paragraph(getTranslation("security.login.help")));
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("security.login.title"));
        texts.setUsername(getTranslation("security.login.username"));
        texts.setPassword(getTranslation("security.login.password"));
        texts.setSubmit(getTranslation("security.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        error.setUsername(getTranslation("security.login.error.username"));
        error.setPassword(getTranslation("security.login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " – " + getTranslation("app.name");
    }
}
