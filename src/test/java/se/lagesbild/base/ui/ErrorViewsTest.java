package se.lagesbild.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The error views are reachable: navigation access control checks an error view like a view, and one
 * without an access annotation is refused, which leaves the user Vaadin's bare English "Could not
 * navigate to …" (what a new database's first admin saw). Both are shown in the frame.
 */
class ErrorViewsTest {

    @Test
    void theErrorAndNotFoundViewsPermitEverySignedInUserAndSitInTheMainLayout() {
        for (Class<?> view : List.of(ErrorView.class, NotFoundView.class)) {
            assertThat(view.isAnnotationPresent(PermitAll.class))
                    .as(view.getSimpleName())
                    .isTrue();
            assertThat(view.getAnnotation(ParentLayout.class).value())
                    .as(view.getSimpleName())
                    .isEqualTo(MainLayout.class);
        }
    }
}
