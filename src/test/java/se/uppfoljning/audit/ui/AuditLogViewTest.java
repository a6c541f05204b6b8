package se.uppfoljning.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.audit.AuditTrail;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditTrail audit;

    @Test
    void adminFiltersTheLogVerifiesTheChainAndCanExport() {
        String marker = "karibu" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(marker, "TEST_VIEW", "item:1", null);
        audit.record(marker, "TEST_VIEW", "item:2", null);
        audit.record("someone-else", "TEST_VIEW", "item:3", "see " + marker);
        login("admin-demo");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(3);

        view.filter.setValue(marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._get(view.grid, 0).target()).isEqualTo("item:3");
        view.filter.setValue("no-such-entry-" + marker);
        assertThat(GridKt._size(view.grid)).isZero();

        _click(view.verify);
        assertThat(view.verifyResult.getText()).startsWith("Kedjan är obruten.");

        assertThat(view.export.getText()).isEqualTo("Exportera som CSV");
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void nonAdministratorsAreRefused() {
        login("samordnare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("utvarderare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
