package se.uppfoljning.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Every date the application shows, defaults, validates or puts into a file name comes from the one
 * {@link Clock} bean (Europe/Stockholm, {@code ClockConfig}): a {@code now()} without a clock reads the server's
 * zone, which is a day behind between 00:00 and 01:00 (02:00 in summer) on a server in UTC (issue #13).
 */
class ClockRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.uppfoljning");

    @Test
    void nothingInMainReadsTheTimeWithoutTheApplicationClock() {
        ArchRule rule = noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(YearMonth.class, "now", ZoneId.class)
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .because("dates come from the application's Clock in Europe/Stockholm (base.ClockConfig)");
        rule.check(MAIN);
    }
}
