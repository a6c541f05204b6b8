package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.uppfoljning.absence.AbsenceData;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;

/** The fields of one month. The service checks the values; its messages land next to the field they concern. */
public class AbsenceMonthForm extends Composite<FormLayout> {

    final ComboBox<YearMonth> month = new ComboBox<>();
    final BigDecimalField hoursOffered = new BigDecimalField();
    final BigDecimalField unauthorised = new BigDecimalField();
    final BigDecimalField authorised = new BigDecimalField();
    private final FieldErrors byField;

    public AbsenceMonthForm() {
        month.setLabel(getTranslation("absence.form.month"));
        month.setHelperText(getTranslation("absence.form.month.helper"));
        month.setItemLabelGenerator(YearMonth::toString);
        month.setRequiredIndicatorVisible(true);
        hoursOffered.setLabel(getTranslation("absence.form.offered"));
        hoursOffered.setHelperText(getTranslation("absence.form.offered.helper", AbsenceData.MAX_OFFERED));
        hoursOffered.setRequiredIndicatorVisible(true);
        unauthorised.setLabel(getTranslation("absence.form.unauthorised"));
        unauthorised.setRequiredIndicatorVisible(true);
        authorised.setLabel(getTranslation("absence.form.authorised"));
        authorised.setRequiredIndicatorVisible(true);
        getContent().add(month, hoursOffered, unauthorised, authorised);
        getContent().setMaxWidth("60em");
        byField = new FieldErrors(Map.of("month", month, "hoursOffered", hoursOffered, "unauthorised", unauthorised,
                "authorised", authorised));
    }

    /** Offers the months from {@code first} to {@code last} (inclusive), newest first. */
    public void setMonths(YearMonth first, YearMonth last) {
        List<YearMonth> items = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            items.add(m);
        }
        month.setItems(items);
    }

    public void setData(AbsenceData d) {
        clearErrors();
        month.setValue(d.month());
        hoursOffered.setValue(d.hoursOffered());
        unauthorised.setValue(d.unauthorised());
        authorised.setValue(d.authorised());
    }

    public AbsenceData getData() {
        clearErrors();
        return new AbsenceData(month.getValue(), hoursOffered.getValue(), unauthorised.getValue(),
                authorised.getValue());
    }

    /** Shows a service error next to its field; returns false if the error belongs to no field. */
    public boolean showError(BusinessException e) {
        return byField.show(e);
    }

    private void clearErrors() {
        byField.clear();
    }
}
