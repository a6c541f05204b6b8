package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import se.uppfoljning.enquiries.Wave;

class ReportExportWriterTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private final ReportExportWriter writer = new ReportExportWriter();

    /** The small input plus a formula, a negative number and a free text with quotes, comma and a line break. */
    private static ReportInput input() {
        ReportInput base = SmallInput.build(SV);
        List<ItemDefinition> items = new ArrayList<>(base.enquiryItems());
        items.add(new ItemDefinition("forandring", ItemKind.NUMBER, Map.of("sv", "Förändring i dagar"), null, null,
                List.of()));
        List<AnswerRow> answers = new ArrayList<>(base.answers());
        answers.add(new AnswerRow(3, Wave.START, "berattelse", "=HYPERLINK(\"http://evil\",\"klick\")", true));
        answers.add(new AnswerRow(4, Wave.START, "berattelse", "Hon sa: \"nej, tack\",\r\nsen gick hon.", true));
        answers.add(new AnswerRow(6, Wave.START, "forandring", "-2", false));
        return new ReportInput(base.scope(), base.minCellSize(), base.minCellSizeOutcomesBySchool(),
                base.absenceThresholdsPercent(), base.cases(), base.targetGroups(), base.absence(),
                base.invitations(), items, answers, base.ratingItems(), base.ratings(), base.focusGroupSessions(),
                base.themes(), base.quotes());
    }

    @Test
    void answersAreByCaseCodeProjectAndSchoolWithoutNames() throws IOException {
        List<CsvRecord> rows = read(writer.answersCsv(input()));
        assertThat(rows.getFirst().getFields()).startsWith("case_code", "project", "school", "wave", "trivsel",
                "elevhalsa", "berattelse", "forandring");
        Map<String, String> case1Start = row(rows, "K001-TEST", "START");
        assertThat(case1Start).containsEntry("project", "P1").containsEntry("school", SmallInput.ALFA)
                .containsEntry("trivsel", "3").containsEntry("elevhalsa", "yes");
        assertThat(row(rows, "K005-TEST", "START")).containsEntry("trivsel", AnswerRow.DONT_KNOW);
        // one row per case and wave with answers: 19 at START, 13 at END
        assertThat(rows).hasSize(1 + 19 + 13);
    }

    @Test
    void roundTripsQuotesLineBreaksAndNeutralisesFormulas() throws IOException {
        List<CsvRecord> rows = read(writer.answersCsv(input()));
        assertThat(row(rows, "K001-TEST", "START").get("berattelse")).isEqualTo(SmallInput.FREE_TEXT_ALLOWED);
        assertThat(row(rows, "K004-TEST", "START").get("berattelse")).isEqualTo("Hon sa: \"nej, tack\",\r\nsen gick hon.");
        assertThat(row(rows, "K003-TEST", "START").get("berattelse")).isEqualTo("'=HYPERLINK(\"http://evil\",\"klick\")");
        assertThat(row(rows, "K006-TEST", "START").get("forandring")).as("a negative number stays a number")
                .isEqualTo("-2");
    }

    @Test
    void leavesOutFreeTextThatMayNotBeQuoted() {
        String csv = new String(writer.answersCsv(input()), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(SmallInput.FREE_TEXT_PRIVATE);
        assertThat(csv).doesNotContain("Hemligt");
    }

    @Test
    void ratingsAndAbsenceAreExportedPerCase() throws IOException {
        List<CsvRecord> ratings = read(writer.ratingsCsv(input()));
        assertThat(ratings.getFirst().getFields()).containsExactly("case_code", "project", "school", "timepoint",
                "date", "motivation");
        assertThat(ratings).hasSize(1 + 10 + 4 + 6);
        List<CsvRecord> absence = read(writer.absenceCsv(input()));
        assertThat(absence.getFirst().getFields()).containsExactly("case_code", "project", "school", "month",
                "hours_offered", "unauthorised_hours", "authorised_hours", "unauthorised_percent");
        assertThat(absence).hasSize(1 + 12 * 4);
        // case 1, 2025-09: 100 hours offered, 21 unauthorised
        assertThat(absence.get(1).getFields()).containsExactly("K001-TEST", "P1", SmallInput.ALFA, "2025-09", "100",
                "21", "2", "21");
    }

    @Test
    void dictionaryDescribesEveryColumn() throws IOException {
        List<CsvRecord> dict = read(writer.dictionaryCsv(input()));
        assertThat(dict.getFirst().getFields()).containsExactly("file", "column", "meaning", "values", "analysis_key",
                "question_text");
        Map<String, List<String>> byColumn = new HashMap<>();
        dict.stream().skip(1).forEach(r -> byColumn.put(r.getField(0) + "/" + r.getField(1), r.getFields()));
        assertThat(byColumn.get("answers/trivsel")).containsExactly("answers", "trivsel",
                "Svar på en fråga i föräldraenkäten", "1-5; dont-know = vet inte", "trivsel", "Mitt barn trivs i skolan");
        assertThat(byColumn.get("answers/elevhalsa").get(3)).isEqualTo("yes, no; dont-know = vet inte");
        assertThat(byColumn.get("answers/case_code").get(2)).contains("pseudonym");
        assertThat(byColumn.get("absence/unauthorised_percent").get(2)).contains("procent");
        assertThat(byColumn.get("ratings/motivation").get(5)).isEqualTo("Motivation");
        int columns = read(writer.answersCsv(input())).getFirst().getFieldCount()
                + read(writer.ratingsCsv(input())).getFirst().getFieldCount()
                + read(writer.absenceCsv(input())).getFirst().getFieldCount();
        assertThat(dict).hasSize(1 + columns);
    }

    /** Issue #17 item 4: the dictionary is in the report's language, English as well as Swedish. */
    @Test
    void dictionaryIsInTheRequestedLanguage() throws IOException {
        List<CsvRecord> dict = read(writer.dictionaryCsv(SmallInput.build(Locale.ENGLISH)));
        Map<String, List<String>> byColumn = new HashMap<>();
        dict.stream().skip(1).forEach(r -> byColumn.put(r.getField(0) + "/" + r.getField(1), r.getFields()));
        assertThat(byColumn.get("answers/trivsel").get(2)).isEqualTo("Answer to a question in the parent enquiry");
        assertThat(byColumn.get("answers/trivsel").get(3)).endsWith("dont-know = don\u2019t know");
        assertThat(byColumn.get("answers/case_code").get(2)).isEqualTo("Case code (random pseudonym, no name)");
    }

    @Test
    void workbookHasOneSheetPerFileWithNumbersAsNumbersAndNeutralisedText() throws IOException {
        Map<String, String> parts = unzip(writer.workbook(input()));
        String workbook = parts.get("xl/workbook.xml");
        assertThat(workbook).contains("name=\"answers\"", "name=\"ratings\"", "name=\"absence\"",
                "name=\"dictionary\"");
        String strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings).contains("&apos;=HYPERLINK").doesNotContain(">=HYPERLINK");
        assertThat(strings).doesNotContain("Hemligt");
        assertThat(strings).contains("Mitt barn trivs i skolan");
        String answers = parts.get("xl/worksheets/sheet1.xml");
        assertThat(answers).as("-2 is a numeric cell").containsPattern("<c r=\"[A-Z]+\\d+\"( s=\"\\d+\")?( t=\"n\")?><v>-2</v></c>");
    }

    /** The small input with a rating form like the shipped one: a role (single choice) and a comment (free text). */
    private static ReportInput withRaterRole() {
        ReportInput base = input();
        List<ItemDefinition> items = new ArrayList<>();
        items.add(new ItemDefinition("rater-role", ItemKind.CHOICE, Map.of("sv", "Din roll"), null, null,
                List.of(new ItemDefinition.Choice("school-staff", Map.of("sv", "Lärare eller mentor")))));
        items.addAll(base.ratingItems());
        items.add(new ItemDefinition("comment", ItemKind.TEXT, Map.of("sv", "Kort kommentar"), null, null, List.of()));
        List<RatingRow> ratings = base.ratings().stream().map(r -> new RatingRow(r.caseId(), r.timepoint(), r.date(),
                r.analysisKey(), r.value(), Map.of("rater-role", "school-staff"))).toList();
        return new ReportInput(base.scope(), base.minCellSize(), base.minCellSizeOutcomesBySchool(),
                base.absenceThresholdsPercent(), base.cases(), base.targetGroups(), base.absence(),
                base.invitations(), base.enquiryItems(), base.answers(), items, ratings, base.focusGroupSessions(),
                base.themes(), base.quotes());
    }

    @Test
    void theRatersRoleIsExportedAndTheCommentIsNot() throws IOException {
        List<CsvRecord> ratings = read(writer.ratingsCsv(withRaterRole()));
        assertThat(ratings.getFirst().getFields()).containsExactly("case_code", "project", "school", "timepoint",
                "date", "rater-role", "motivation");
        assertThat(ratings.get(1).getField(5)).isEqualTo("school-staff");
        assertThat(ratings.get(1).getField(6)).matches("[1-5]");
        List<CsvRecord> dict = read(writer.dictionaryCsv(withRaterRole()));
        assertThat(dict).anySatisfy(r -> {
            assertThat(r.getField(1)).isEqualTo("rater-role");
            assertThat(r.getField(3)).contains("school-staff = Lärare eller mentor");
        });
    }

    @Test
    void onlyScaleItemsAreScoredInTheReport() {
        EvaluationReport report = new EvaluationReportBuilder().build(withRaterRole());
        String ratings = report.toString();
        assertThat(ratings).doesNotContain("Din roll").doesNotContain("Kort kommentar");
    }

    private static Map<String, String> row(List<CsvRecord> rows, String caseCode, String wave) {
        List<String> header = rows.getFirst().getFields();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            if (r.getField(0).equals(caseCode) && r.getField(3).equals(wave)) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.getField(i));
                }
                return m;
            }
        }
        throw new AssertionError("No row " + caseCode + " " + wave);
    }

    private static List<CsvRecord> read(byte[] csv) throws IOException {
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            return reader.stream().toList();
        }
    }

    /** Reads the parts through the zip's central directory, as Excel does (entries are streamed). */
    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
