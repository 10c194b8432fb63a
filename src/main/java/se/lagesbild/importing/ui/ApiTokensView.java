package se.lagesbild.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.base.ui.TextBounds;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.security.Role;

/**
 * API tokens of the import jobs ({@code /admin/api-nycklar}): create one for a job, scoped to what it
 * may import (the economy files, the investigations export; the value is shown once and stored only
 * as a hash), and revoke it. For admins.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route("admin/api-nycklar")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Grid<ApiTokens.TokenInfo> grid = new Grid<>();
    private final Div created = new Div();
    private final Div hint = new Div();

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        grid.addClassName("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokens.TokenInfo::name)
                .setHeader(getTranslation("security.tokens.name"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream()
                        .map(k -> getTranslation("import.kind." + k.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.tokens.scopes"))
                .setAutoWidth(true);
        grid.addColumn(t -> SwedishFormat.minute(t.createdAt()))
                .setHeader(getTranslation("security.tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(ApiTokens.TokenInfo::createdBy)
                .setHeader(getTranslation("security.tokens.createdBy"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.revokedAt() == null ? "" : SwedishFormat.minute(t.revokedAt()))
                .setHeader(getTranslation("security.tokens.revoked"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Button revoke = new Button(getTranslation("security.tokens.revoke"), e -> {
                        tokens.revoke(CurrentUser.name(), t.name());
                        created.removeAll();
                        created.add(new Paragraph(getTranslation("security.tokens.revokedNotice", t.name())));
                        refresh();
                    });
                    revoke.addClassName("revoke-token");
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.setVisible(t.revokedAt() == null);
                    return revoke;
                })
                .setKey("revoke")
                .setAutoWidth(true);

        TextField name = new TextField(getTranslation("security.tokens.name"));
        name.addClassName("token-name");
        TextBounds.limit(name, TextLimits.API_TOKEN_NAME);
        CheckboxGroup<ImportScope> scopes = new CheckboxGroup<>(getTranslation("security.tokens.scopes"));
        scopes.addClassName("token-scopes");
        scopes.setItems(ImportScope.values());
        scopes.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        Button create = new Button(getTranslation("security.tokens.create"), e -> {
            created.removeAll();
            try {
                String token = tokens.create(
                        CurrentUser.name(),
                        name.getValue(),
                        scopes.getValue().isEmpty()
                                ? EnumSet.noneOf(ImportScope.class)
                                : EnumSet.copyOf(scopes.getValue()));
                TextField value = new TextField(getTranslation("security.tokens.value"));
                value.setValue(token);
                value.setReadOnly(true);
                value.setWidthFull();
                value.addClassName("created-token");
                created.add(
                        new Paragraph(getTranslation(
                                "security.tokens.shown", name.getValue().strip())),
                        value);
                name.clear();
                scopes.clear();
                refresh();
            } catch (ApiTokens.InvalidTokenException ex) {
                created.add(new Paragraph(getTranslation(ex.getMessage())));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-token");
        created.addClassName("token-result");
        add(
                new H1(getTranslation("security.tokens.title")),
                hint,
                grid,
                new H2(getTranslation("security.tokens.new")),
                new Div(name, scopes, create),
                created);
        refresh();
    }

    private void refresh() {
        List<ApiTokens.TokenInfo> all = tokens.all(CurrentUser.name());
        grid.setItems(all);
        hint.removeAll();
        if (all.isEmpty()) {
            hint.add(new SetupNotice(getTranslation("security.tokens.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.tokens.title") + " – " + getTranslation("app.name");
    }
}
