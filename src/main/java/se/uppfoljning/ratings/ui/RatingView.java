package se.uppfoljning.ratings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.ratings.RatingItem;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.ratings.Timepoint;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.form.SurveyForm;

/** Rating forms for a case: the history of scores over time, a new rating at a time point, corrections. */
@Route(value = "ratings", layout = MainLayout.class)
@Menu(title = "ratings.menu", order = 25)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class RatingView extends VerticalLayout implements HasDynamicTitle {

    private final RatingService ratings;
    private final CaseService cases;
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<CaseDetails> caseBox = new ComboBox<>();
    final Grid<RatingItem> history = new Grid<>();
    final Select<Timepoint> timepoint = new Select<>();
    final DatePicker ratedOn = new DateField();
    final Button newRating = new Button();
    final Button correct = new Button();
    final H3 formTitle = new H3();
    final Div formHolder = new Div();
    SurveyForm form;

    public RatingView(RatingService ratings, CaseService cases, ReferenceDataService reference, Clock clock) {
        this.ratings = ratings;
        this.cases = cases;
        project.setLabel(getTranslation("cases.field.project"));
        project.setItems(reference.projects());
        project.setItemLabelGenerator(ProjectListItem::name);
        project.addValueChangeListener(e -> caseBox.setItems(e.getValue() == null ? List.of()
                : cases.list(new CaseFilter(e.getValue().id(), null, null, null), 0, 10_000)));
        caseBox.setLabel(getTranslation("cases.field.code"));
        caseBox.setItemLabelGenerator(c -> c.caseCode() + " – " + c.schoolName());
        caseBox.addValueChangeListener(e -> showHistory());
        caseBox.setWidth("22em");

        SurveyTemplate template = ratings.templateFor(Timepoint.START);
        history.addColumn(r -> getTranslation("ratings.timepoint." + r.timepoint().name())).setHeader(getTranslation("ratings.timepoint"));
        history.addColumn(r -> r.ratedOn().toString()).setHeader(getTranslation("ratings.date"));
        for (Question q : template.questions()) {
            if (q.scale() != null && q.analysisKey() != null) {
                history.addColumn(r -> display(r.scores().get(q.analysisKey()), q))
                        .setHeader(q.text().in(UI.getCurrent().getLocale().getLanguage()));
            }
        }
        history.addColumn(RatingItem::updatedBy).setHeader(getTranslation("ratings.by"));
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("ratings.history"));
        history.asSingleSelect().addValueChangeListener(e -> correct.setEnabled(e.getValue() != null));

        timepoint.setLabel(getTranslation("ratings.timepoint"));
        timepoint.setItems(Timepoint.values());
        timepoint.setItemLabelGenerator(t -> getTranslation("ratings.timepoint." + t.name()));
        ratedOn.setLabel(getTranslation("ratings.date"));
        LocalDate today = LocalDate.now(clock);
        ratedOn.setValue(today);
        ratedOn.setMax(today);
        newRating.setText(getTranslation("ratings.new"));
        newRating.addThemeVariants(ButtonVariant.PRIMARY);
        newRating.addClickListener(e -> openNew());
        correct.setText(getTranslation("ratings.correct"));
        correct.setEnabled(false);
        correct.addClickListener(e -> openCorrection(history.asSingleSelect().getValue()));

        HorizontalLayout pick = new HorizontalLayout(project, caseBox);
        pick.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(timepoint, ratedOn, newRating, correct);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        add(new H2(getTranslation("ratings.title")), pick, history, actions, formTitle, formHolder);
    }

    void showHistory() {
        formHolder.removeAll();
        formTitle.setText("");
        CaseDetails c = caseBox.getValue();
        history.setItems(c == null ? List.of() : ratings.history(c.id()));
    }

    void openNew() {
        CaseDetails c = caseBox.getValue();
        if (c == null) {
            caseBox.setErrorMessage(getTranslation("base.error.required"));
            caseBox.setInvalid(true);
            return;
        }
        if (timepoint.getValue() == null) {
            timepoint.setErrorMessage(getTranslation("base.error.required"));
            timepoint.setInvalid(true);
            return;
        }
        Timepoint tp = timepoint.getValue();
        showForm(ratings.templateFor(tp), Answers.empty(), getTranslation("ratings.form-title", c.caseCode(),
                getTranslation("ratings.timepoint." + tp.name())), answers -> ratings.record(c.id(), tp, ratedOn.getValue(), answers));
    }

    void openCorrection(RatingItem item) {
        if (item == null) {
            return;
        }
        ratedOn.setValue(item.ratedOn());
        showForm(ratings.templateFor(item.timepoint()), ratings.answersOf(item.id()),
                getTranslation("ratings.correct-title", getTranslation("ratings.timepoint." + item.timepoint().name())),
                answers -> ratings.correct(item.id(), ratedOn.getValue(), answers, item.version()));
    }

    private void showForm(SurveyTemplate template, Answers initial, String title,
                          java.util.function.Consumer<Answers> save) {
        timepoint.setInvalid(false);
        caseBox.setInvalid(false);
        formTitle.setText(title);
        form = new SurveyForm(template, "sv", initial);
        form.setSubmitListener(answers -> {
            try {
                save.accept(answers);
                Notifications.success("ratings.saved");
                showHistory();
            } catch (ObjectOptimisticLockingFailureException e) {
                throw new BusinessException("base.error.concurrent-edit");
            } catch (BusinessException e) {
                if ("ratedOn".equals(e.field())) {
                    ratedOn.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                    ratedOn.setInvalid(true);
                }
                throw e;
            }
        });
        formHolder.removeAll();
        formHolder.add(form);
    }

    private static String display(String value, Question q) {
        if (value == null) {
            return "–";
        }
        return value + " / " + q.scale().max();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title");
    }
}
