package se.uppfoljning.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Swedish first: {@code vaadin-i18n/translations.properties} is Swedish, {@code translations_en.properties}
 * English. Each feature may keep its texts in its own pair {@code vaadin-i18n/<feature>.properties} and
 * {@code <feature>_en.properties}, listed in {@link #BUNDLES}; keys are looked up in that order. Swedish is the first provided locale, so a browser asking for any other language gets Swedish.
 * The JVM's default locale never leaks in as a fallback.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(SWEDISH, ENGLISH);
    public static final List<String> BUNDLES = List.of("translations", "surveys", "enquiries", "focusgroups",
            "ratings", "absence", "reports", "audit", "pupils");
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Static access for plain classes (PDF writers) that run outside a Vaadin UI. */
    public static String translate(String key, Locale locale, Object... params) {
        // Swedish lives in the root bundle; English and the parent pages' extra languages (e.g. ar) in
        // <bundle>_<lang>.properties, falling back key by key to Swedish.
        Locale effective = locale == null || locale.getLanguage().isEmpty() || "sv".equals(locale.getLanguage())
                ? Locale.ROOT : Locale.forLanguageTag(locale.getLanguage());
        for (String bundle : BUNDLES) {
            ResourceBundle rb;
            try {
                rb = ResourceBundle.getBundle("vaadin-i18n." + bundle, effective, NO_FALLBACK);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (rb.containsKey(key)) {
                String value = rb.getString(key);
                return params.length == 0 ? value
                        : new MessageFormat(value, locale == null ? SWEDISH : locale).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, locale);
        return "!" + key;
    }
}
