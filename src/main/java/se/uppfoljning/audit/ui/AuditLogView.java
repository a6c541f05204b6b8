package se.uppfoljning.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.uppfoljning.audit.AuditEntry;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.audit.AuditVerification;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;

/**
 * The audit log for administrators: newest first, a text filter over actor, action, target and details, a
 * check of the hash chain and a CSV export of what the filter shows (the export is itself audited).
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "audit.log.menu", order = 90)
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    final TextField filter = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Button verify = new Button();
    final Span verifyResult = new Span();
    final Anchor export;
    /** Read by the download request, which does not run under the UI lock. */
    private volatile String currentFilter = "";

    public AuditLogView(AuditTrail audit, Clock clock) {
        setSizeFull();
        filter.setLabel(getTranslation("audit.log.filter"));
        filter.setHelperText(getTranslation("audit.log.filter.helper"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> {
            currentFilter = e.getValue() == null ? "" : e.getValue();
            grid.getDataProvider().refreshAll();
        });

        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.log.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.log.actor")).setAutoWidth(true);
        grid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("audit.log.action")).setAutoWidth(true)
                .setTooltipGenerator(e -> getTranslation("audit.log.action.code", e.action())).setKey("action");
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.log.target")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::target);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.log.details")).setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::details);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("audit.log.title"));
        grid.setItems(query -> audit.list(currentFilter, query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(currentFilter));

        verify.setText(getTranslation("audit.log.verify"));
        verify.addClickListener(e -> showVerification(audit.verify()));
        verifyResult.getElement().setAttribute("role", "status");

        String fileName = getTranslation("audit.log.export.file", LocalDate.now(clock.withZone(ZONE)));
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = audit.exportCsv(currentFilter);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("audit.log.export"));
        export.setId("audit-export");

        HorizontalLayout toolbar = new HorizontalLayout(filter, verify, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("audit.log.title")), toolbar, verifyResult, grid);
        setFlexGrow(1, grid);
    }

    /**
     * The event's name in the UI language ({@code audit.action.<CODE>}); the stored code itself for an event that
     * has no name yet, so an entry is never hidden. The code stays searchable and shows in the tooltip.
     */
    String actionName(String code) {
        String key = "audit.action." + code;
        String name = getTranslation(key);
        return name == null || name.equals("!" + key) ? code : name;
    }

    private void showVerification(AuditVerification result) {
        if (result.intact()) {
            verifyResult.setText(getTranslation("audit.log.verify.intact", result.entriesChecked()));
            verifyResult.getElement().setAttribute("theme", "badge success");
        } else {
            verifyResult.setText(getTranslation("audit.log.verify.broken", result.firstBrokenSeq(),
                    result.entriesChecked()));
            verifyResult.getElement().setAttribute("theme", "badge error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }
}
