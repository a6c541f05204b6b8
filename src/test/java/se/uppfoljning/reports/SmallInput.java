package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * A small hand-made input whose numbers the tests work out by hand (or with their own plain loops): two schools,
 * 24 cases, four months of absence for the 12 first cases, two enquiry waves, one rating item, two focus-group
 * sessions and two quotes, one of them not quotable.
 */
final class SmallInput {

    static final String ALFA = "Alfaskolan";
    static final String BETA = "Betaskolan";
    static final String QUOTABLE = "Skolan lyssnade äntligen på oss.";
    static final String NOT_QUOTABLE = "Pelle i 7A på Alfaskolan har det svårt hemma.";
    static final String FREE_TEXT_ALLOWED = "Tack, det hjälpte \"verkligen\"!\nNu går hon till skolan.";
    static final String FREE_TEXT_PRIVATE = "Hemligt: ring inte pappan";
    static final YearMonth FIRST = YearMonth.of(2025, 9);

    private SmallInput() {
    }

    static ReportInput build(Locale language) {
        ReportScope scope = new ReportScope("Testprogram", List.of("P1", "P2"), List.of("Distrikt Ett"), List.of(),
                LocalDate.of(2025, 8, 1), LocalDate.of(2026, 6, 30), language, LocalDate.of(2026, 11, 24));
        return ReportInput.builder(scope)
                .cases(cases())
                .targetGroups(List.of(new TargetGroupRow(ALFA, "2025/26", 30), new TargetGroupRow(BETA, "2025/26", 4)))
                .absence(absence())
                .invitations(invitations())
                .enquiryItems(List.of(
                        new ItemDefinition("trivsel", ItemKind.LIKERT, Map.of("sv", "Mitt barn trivs i skolan",
                                "en", "My child enjoys school"), 1, 5, List.of()),
                        new ItemDefinition("elevhalsa", ItemKind.YES_NO, Map.of("sv", "Kontakt med elevhälsan?",
                                "en", "Contact with pupil health?"), null, null, List.of()),
                        new ItemDefinition("berattelse", ItemKind.TEXT, Map.of("sv", "Berätta mer",
                                "en", "Tell us more"), null, null, List.of())))
                .answers(answers())
                .ratingItems(List.of(new ItemDefinition("motivation", ItemKind.LIKERT,
                        Map.of("sv", "Motivation", "en", "Motivation"), 1, 5, List.of())))
                .ratings(ratings())
                .focusGroupSessions(List.of(
                        new FocusGroupSessionRow("S1", LocalDate.of(2025, 11, 3), ALFA, null,
                                Map.of(ParticipantRole.PARENT, 4, ParticipantRole.SCHOOL_STAFF, 2)),
                        new FocusGroupSessionRow("S2", LocalDate.of(2026, 2, 9), null, "Distrikt Ett",
                                Map.of(ParticipantRole.PARENT, 3, ParticipantRole.BUP, 1))))
                .themes(List.of(new ThemeRow("Kontakt med skolan", 7, 2), new ThemeRow("Morgnar", 3, 1)))
                .quotes(List.of(new QuoteRow(QUOTABLE, ParticipantRole.PARENT, "Kontakt med skolan", true),
                        new QuoteRow(NOT_QUOTABLE, ParticipantRole.SCHOOL_STAFF, "Morgnar", false)))
                .build();
    }

    /**
     * Alfa: ids 1-14, girls 1-8, boys 9-14; completed 1-9, dropped out 10 (moved) and 11 (family declined),
     * active 12-14. Beta: ids 15-24, girls 15-18, boys 19-23, 24 not stated; completed 15-20, dropped out 21
     * (moved), active 22-24. Grades cycle 7, 8, 9 by id. Completed: odd id all goals met, even most met; dropped
     * out: few met. Grade 9 ended: eligible if completed. Cost id * 1000 for ids 1-20.
     */
    static List<CaseRow> cases() {
        List<CaseRow> cases = new ArrayList<>();
        for (int id = 1; id <= 24; id++) {
            boolean alfa = id <= 14;
            CaseRow.Gender gender = alfa ? (id <= 8 ? CaseRow.Gender.GIRL : CaseRow.Gender.BOY)
                    : id <= 18 ? CaseRow.Gender.GIRL : id <= 23 ? CaseRow.Gender.BOY : CaseRow.Gender.NOT_STATED;
            CaseRow.Status status;
            CaseRow.DropoutReason reason = null;
            if (id <= 9 || id >= 15 && id <= 20) {
                status = CaseRow.Status.COMPLETED;
            } else if (id == 10 || id == 11 || id == 21) {
                status = CaseRow.Status.DROPPED_OUT;
                reason = id == 11 ? CaseRow.DropoutReason.FAMILY_DECLINED : CaseRow.DropoutReason.MOVED;
            } else {
                status = CaseRow.Status.ACTIVE;
            }
            int grade = 7 + (id - 1) % 3;
            CaseRow.KnowledgeGoals goals = switch (status) {
                case COMPLETED -> id % 2 == 1 ? CaseRow.KnowledgeGoals.ALL_MET : CaseRow.KnowledgeGoals.MOST_MET;
                case DROPPED_OUT -> CaseRow.KnowledgeGoals.FEW_MET;
                case ACTIVE -> null;
            };
            Boolean eligible = grade == 9 && status != CaseRow.Status.ACTIVE ? status == CaseRow.Status.COMPLETED
                    : null;
            BigDecimal cost = id <= 20 ? BigDecimal.valueOf(id * 1000L) : null;
            LocalDate start = LocalDate.of(2025, 9, 1);
            cases.add(new CaseRow(id, code(id), alfa ? "P1" : "P2", alfa ? "Distrikt Ett" : "Distrikt Två",
                    alfa ? ALFA : BETA, grade, gender, status, reason, goals, eligible, cost, start,
                    status == CaseRow.Status.ACTIVE ? null : LocalDate.of(2026, 3, 1)));
        }
        return cases;
    }

    static String code(int id) {
        return String.format("K%03d-TEST", id);
    }

    /**
     * Cases 1-12, months 2025-09..2025-12, 100 hours offered; unauthorised hours 20 + i - d_i * m for month m
     * (0-3), d_i = 0.5 i for i <= 9 and -0.5 i for i = 10-12. So attendance changes by +1.5 i points (i <= 9) or
     * -1.5 i points (i >= 10) from the first to the last month: all different, no ties.
     */
    static List<AbsenceRow> absence() {
        List<AbsenceRow> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            double d = i <= 9 ? 0.5 * i : -0.5 * i;
            for (int m = 0; m < 4; m++) {
                rows.add(AbsenceRow.ofHours(i, FIRST.plusMonths(m), 100, 20 + i - d * m, 2));
            }
        }
        return rows;
    }

    /** START: 1-18 and 24 submitted, 19 revoked, 20-21 expired, 22 opened, 23 invited. END: ended cases. */
    static List<InvitationRow> invitations() {
        List<InvitationRow> rows = new ArrayList<>();
        for (int id = 1; id <= 24; id++) {
            InvitationRow.Status s = id <= 18 || id == 24 ? InvitationRow.Status.SUBMITTED
                    : id == 19 ? InvitationRow.Status.REVOKED : id <= 21 ? InvitationRow.Status.EXPIRED
                    : id == 22 ? InvitationRow.Status.OPENED : InvitationRow.Status.INVITED;
            rows.add(new InvitationRow(id, Wave.START, s));
        }
        for (int id : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 18, 19, 20, 21}) {
            boolean submitted = id <= 9 || id >= 15 && id <= 18;
            rows.add(new InvitationRow(id, Wave.END,
                    submitted ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
        }
        return rows;
    }

    /** START "trivsel" = 2 + id % 3 (case 5: don't know); END = START +1 (1-6), same (7-9), -1 (15-16), +2 (17-18). */
    static int startTrivsel(int id) {
        return 2 + id % 3;
    }

    static int endTrivsel(int id) {
        int s = startTrivsel(id);
        return id <= 6 ? s + 1 : id <= 9 ? s : id <= 16 ? s - 1 : s + 2;
    }

    static List<AnswerRow> answers() {
        List<AnswerRow> rows = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        for (int id = 1; id <= 18; id++) {
            start.add(id);
        }
        start.add(24);
        for (int id : start) {
            rows.add(new AnswerRow(id, Wave.START, "trivsel",
                    id == 5 ? AnswerRow.DONT_KNOW : Integer.toString(startTrivsel(id)), false));
            rows.add(new AnswerRow(id, Wave.START, "elevhalsa", id <= 6 ? AnswerRow.YES : AnswerRow.NO,
                    false));
        }
        for (int id : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 18}) {
            rows.add(new AnswerRow(id, Wave.END, "trivsel", Integer.toString(endTrivsel(id)), false));
            // yes -> yes: 1; yes -> no: 2-6 (b = 5); no -> yes: 7-9, 15-18 (c = 7)
            rows.add(new AnswerRow(id, Wave.END, "elevhalsa", id == 1 || id >= 7 ? AnswerRow.YES
                    : AnswerRow.NO, false));
        }
        rows.add(new AnswerRow(1, Wave.START, "berattelse", FREE_TEXT_ALLOWED, true));
        rows.add(new AnswerRow(2, Wave.START, "berattelse", FREE_TEXT_PRIVATE, false));
        return rows;
    }

    /** START ids 1-10: (id % 5) + 1; M3 ids 1-4 (too few); END ids 1-6: 4, 4, 5, 5, 3, 4. */
    static List<RatingRow> ratings() {
        List<RatingRow> rows = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            rows.add(new RatingRow(id, "START", LocalDate.of(2025, 9, 8), "motivation", id % 5 + 1));
        }
        for (int id = 1; id <= 4; id++) {
            rows.add(new RatingRow(id, "M3", LocalDate.of(2025, 12, 1), "motivation", 3));
        }
        int[] end = {4, 4, 5, 5, 3, 4};
        for (int id = 1; id <= 6; id++) {
            rows.add(new RatingRow(id, "END", LocalDate.of(2026, 3, 1), "motivation", end[id - 1]));
        }
        return rows;
    }
}
