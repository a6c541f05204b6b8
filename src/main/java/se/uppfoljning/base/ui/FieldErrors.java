package se.uppfoljning.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import se.uppfoljning.base.BusinessException;

/**
 * The fields of a form by the names services use in {@link BusinessException#field()}, so that the service's
 * verdict appears next to the field it is about.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> byField = new LinkedHashMap<>();

    public FieldErrors() {
    }

    public FieldErrors(Map<String, ? extends HasValidation> fields) {
        putAll(fields);
    }

    public void put(String field, HasValidation component) {
        byField.put(field, component);
    }

    public void putAll(Map<String, ? extends HasValidation> fields) {
        byField.putAll(fields);
    }

    /** Shows the error next to its field; returns false if no field of this form has that name. */
    public boolean show(BusinessException e) {
        HasValidation field = e.field() == null ? null : byField.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(((Component) field).getTranslation(e.messageKey(), e.args()));
        field.setInvalid(true);
        return true;
    }

    public void clear() {
        byField.values().forEach(f -> f.setInvalid(false));
    }
}
