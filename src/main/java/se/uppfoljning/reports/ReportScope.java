package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report covers and in which language it is written.
 *
 * @param language Swedish ({@code sv}) or English ({@code en}); anything else is written in Swedish
 * @param generatedOn the date printed on the cover and in the file name
 */
public record ReportScope(String programmeName, List<String> projectNames, List<String> districtNames,
                          List<String> schoolNames, LocalDate periodFrom, LocalDate periodTo, Locale language,
                          LocalDate generatedOn) {

    public ReportScope {
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(generatedOn, "generatedOn");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("Period ends before it starts");
        }
        programmeName = programmeName == null ? "" : programmeName;
        projectNames = projectNames == null ? List.of() : List.copyOf(projectNames);
        districtNames = districtNames == null ? List.of() : List.copyOf(districtNames);
        schoolNames = schoolNames == null ? List.of() : List.copyOf(schoolNames);
        language = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("sv");
    }

    public boolean english() {
        return "en".equals(language.getLanguage());
    }
}
