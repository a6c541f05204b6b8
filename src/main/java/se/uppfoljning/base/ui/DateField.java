package se.uppfoljning.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The staff date field: a {@link DatePicker} whose calendar, buttons and error texts speak the UI's language
 * (Swedish by default: month and weekday names, "Idag"/"Avbryt", weeks from Monday) and that takes and shows
 * dates as ISO {@code yyyy-MM-dd}, the Swedish standard, with a format hint and a message for text it cannot read
 * (for example {@code 30.11.2026}). Month and weekday names come from {@link java.time} for the locale; the
 * rest from the bundle keys {@code base.date.*}. Every staff form uses this instead of a bare DatePicker.
 */
public class DateField extends DatePicker {

    /** The one format shown and read; {@code yyyyMMdd} is also read, as typed without dashes. */
    public static final String FORMAT = "yyyy-MM-dd";

    public DateField() {
        setI18n(i18n(getLocaleOrDefault(), this::getTranslation));
        setPlaceholder(getTranslation("base.date.format"));
        addAttachListener(e -> {
            if (getHelperText() == null || getHelperText().isEmpty()) {
                setHelperText(getTranslation("base.date.format-hint"));
            }
        });
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    private Locale getLocaleOrDefault() {
        Locale l = getLocale();
        return l == null ? Locale.forLanguageTag("sv") : l;
    }

    /**
     * The calendar texts for {@code locale}: names from java.time, words and messages through {@code translate}
     * (key, args). Monday first, as in Sweden (ISO 8601).
     */
    static DatePickerI18n i18n(Locale locale, BiFunction<String, Object[], String> translate) {
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // DatePickerI18n wants the weekdays from Sunday to Saturday.
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)
                        .replace(".", "")).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(FORMAT, "yyyyMMdd")
                .setToday(translate.apply("base.date.today", new Object[0]))
                .setCancel(translate.apply("base.date.cancel", new Object[0]))
                .setBadInputErrorMessage(translate.apply("base.date.bad-input", new Object[0]))
                .setRequiredErrorMessage(translate.apply("base.error.required", new Object[0]))
                .setMinErrorMessage(translate.apply("base.date.too-early", new Object[0]))
                .setMaxErrorMessage(translate.apply("base.date.too-late", new Object[0]));
    }
}
