package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.CaseCode;
import se.uppfoljning.load.PerformanceDoc;

/**
 * Benchmark, not a test: a school's monthly absence file of 20,000 rows (2,000 cases x 10 months) through
 * {@link AbsenceService#previewImport} and {@link AbsenceService#importCsv} on a real MariaDB, as the
 * administrator's upload runs it. Timed: the preview, the import of 20,000 new months, and the same file again
 * (20,000 updates). One warm-up import of 2,000 rows on other cases first. Writes the section "absence-import"
 * of docs/performance.md. Target (issue #16): < 5 s per import on 2 cores.
 * <p>
 * Run: {@code ./mvnw -B test -Dtest=AbsenceImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "uppfoljning.db.data-dir=target/absence-import-benchmark/data", "uppfoljning.db.wipe-on-start=true",
        "logging.level.se.uppfoljning=warn"})
@ActiveProfiles("test")
class AbsenceImportBenchmark {

    static final int CASES = 2_000;
    static final int WARM_UP_CASES = 200;
    static final YearMonth FIRST = YearMonth.of(2025, 9);
    static final int MONTHS = 10;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AbsenceService absence;
    @Autowired
    UserDetailsService users;

    @Test
    void importsTwentyThousandRows() throws Exception {
        List<String> codes = seedCases(CASES + WARM_UP_CASES);
        byte[] warmUp = file(codes.subList(CASES, CASES + WARM_UP_CASES), "80");
        byte[] file = file(codes.subList(0, CASES), "80");
        byte[] again = file(codes.subList(0, CASES), "76,5");
        String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        TestLogin.login(users, "admin-demo");
        try {
            absence.importCsv(warmUp, ImportMode.ALL_OR_NOTHING);
            long a = System.nanoTime();
            ImportPreview preview = absence.previewImport(file);
            long b = System.nanoTime();
            ImportResult created = absence.importCsv(file, ImportMode.ALL_OR_NOTHING);
            long c = System.nanoTime();
            ImportResult updated = absence.importCsv(again, ImportMode.ALL_OR_NOTHING);
            long d = System.nanoTime();
            assertThat(preview.validCount()).isEqualTo(CASES * MONTHS);
            assertThat(created.created()).isEqualTo(CASES * MONTHS);
            assertThat(updated.updated()).isEqualTo(CASES * MONTHS);
            String text = String.format(Locale.ROOT, """
                    ## Absence import, 20,000 rows (issue #16)

                    `AbsenceImportBenchmark`: one CSV file of %,d rows (%,d cases x %d months, %,d bytes) through
                    `AbsenceService` on the embedded MariaDB 11.4, logged in as administrator, after one warm-up
                    import of 2,000 rows. Months are written in JDBC batches of 1,000 (`AbsenceBatchWriter`).
                    Target: < 5 s per import on 2 cores. Measured %s, load average before the run: %s.

                    | step | time |
                    |---|---|
                    | preview (read, check, compare with stored months) | %,d ms |
                    | import, all %,d months new | %,d ms |
                    | same file again, all months updated | %,d ms |
                    """, CASES * MONTHS, CASES, MONTHS, file.length, LocalDate.now(), load,
                    (b - a) / 1_000_000, CASES * MONTHS, (c - b) / 1_000_000, (d - c) / 1_000_000);
            PerformanceDoc.replaceSection(Path.of("docs/performance.md"), "absence-import", text);
            System.out.println(text);
        } finally {
            TestLogin.logout();
        }
    }

    private List<String> seedCases(int count) {
        long project = jdbc.queryForObject("SELECT id FROM case_project WHERE name = ?", Long.class,
                DemoProperties.PROJECT_SOUTH);
        long school = jdbc.queryForObject("SELECT MIN(school_id) FROM case_project_school WHERE project_id = ?",
                Long.class, project);
        Random random = new Random(16);
        List<String> codes = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        while (codes.size() < count) {
            String code = CaseCode.random(random).value();
            if (!codes.contains(code)) {
                codes.add(code);
                rows.add(new Object[] {code, project, school, 6, "GIRL", FIRST.atDay(3), "ACTIVE"});
            }
        }
        jdbc.batchUpdate("INSERT INTO case_pupil_case (case_code, project_id, school_id, grade, gender, start_date,"
                + " status) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        return codes;
    }

    private static byte[] file(List<String> codes, String offered) {
        StringBuilder csv = new StringBuilder("ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n");
        for (String code : codes) {
            for (int m = 0; m < MONTHS; m++) {
                csv.append(code).append(';').append(FIRST.plusMonths(m)).append(';').append(offered)
                        .append(";4,25;2\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
