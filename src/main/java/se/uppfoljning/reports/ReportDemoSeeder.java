package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.CaseCode;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.MatrixItem;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Demo activity for the school year 2025/26 (issue #12.9), so that the demo report has something to show: tops
 * every school of the two demo projects up to {@value #CASES_PER_SCHOOL} cases with completed and dropped-out cases
 * among them, and gives every demo case without data monthly absence (August to June, improving on average), a
 * START enquiry (about 80 % answered) and an END enquiry for ended cases (about 70 % after a completion, 40 % after
 * a dropout), staff ratings at START, M3, M6 and END, four final focus-group sessions per project with notes and
 * quotes, the pupils' own questionnaire (issue #16): consent, a pupil code and, for about three in four codes,
 * a submitted answer at START and, for ended cases, at END, and an interview with each project at its start and
 * after six months (notes per guide theme tagged with codes, a quotable quote). Answers go through {@link ResponseService} (so they are valid for the shipped templates); the dates are
 * then set to the school year with SQL, which the services would stamp with today. Runs once, after the demo cases
 * and staff ({@code uppfoljning.demo.enabled=true}, {@code uppfoljning.demo.activity=true}); the shared test context
 * turns it off and {@code ReportDemoTest} calls {@link #seed()} inside a rolled-back transaction.
 */
@Component
@Order(30)
class ReportDemoSeeder implements ApplicationRunner {

    /** Cases per school after the top-up (the demo cases of {@code DemoCases} count towards it). */
    static final int CASES_PER_SCHOOL = 16;
    static final String CREATED_BY = "demo";
    private static final LocalDate YEAR_START = LocalDate.of(2025, 8, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 12);
    private static final YearMonth LAST_MONTH = YearMonth.of(2026, 7);

    private final DemoProperties demo;
    private final JdbcClient jdbc;
    private final TemplateCatalog catalog;
    private final ResponseService responses;
    private final jakarta.persistence.EntityManager entities;

    ReportDemoSeeder(DemoProperties demo, JdbcClient jdbc, TemplateCatalog catalog, ResponseService responses,
                     jakarta.persistence.EntityManager entities) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.responses = responses;
        this.entities = entities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled() && demo.activity()) {
            seed();
        }
    }

    /** Seeds once: does nothing when the demo projects are missing or their focus groups exist already. */
    @Transactional
    public void seed() {
        List<long[]> projects = jdbc.sql("SELECT id FROM case_project WHERE name IN (?, ?) ORDER BY name")
                .params(DemoProperties.PROJECT_NORTHWEST, DemoProperties.PROJECT_SOUTH)
                .query((rs, n) -> new long[] {rs.getLong(1)}).list();
        if (projects.size() < 2 || jdbc.sql("SELECT COUNT(*) FROM focusgroup_session WHERE created_by = ?")
                .param(CREATED_BY).query(Integer.class).single() > 0) {
            return;
        }
        SplittableRandom random = new SplittableRandom(20251124L);
        SecureRandom codes = new SecureRandom();
        for (int pi = 0; pi < projects.size(); pi++) {
            long projectId = projects.get(pi)[0];
            for (long schoolId : jdbc.sql("SELECT school_id FROM case_project_school WHERE project_id = ? ORDER BY school_id")
                    .param(projectId).query(Long.class).list()) {
                int existing = jdbc.sql("SELECT COUNT(*) FROM case_pupil_case WHERE project_id = ? AND school_id = ?")
                        .params(projectId, schoolId).query(Integer.class).single();
                for (int i = existing; i < CASES_PER_SCHOOL; i++) {
                    insertCase(random, codes, projectId, schoolId);
                }
            }
            focusGroups(random, projectId, pi);
            projectInterviews(projectId, pi);
        }
        record Demo(long id, long projectId, long schoolId, LocalDate start, LocalDate end, String status) {
        }
        List<Demo> cases = jdbc.sql("""
                        SELECT c.id, c.project_id, c.school_id, c.start_date, c.end_date, c.status
                        FROM case_pupil_case c WHERE c.project_id IN (?, ?) AND c.start_date <= ?
                          AND NOT EXISTS (SELECT 1 FROM absence_month a WHERE a.case_id = c.id)
                          AND NOT EXISTS (SELECT 1 FROM enquiry_invitation i WHERE i.case_id = c.id)
                        ORDER BY c.id""")
                .params(projects.get(0)[0], projects.get(1)[0], LAST_DAY)
                .query((rs, n) -> new Demo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6))).list();
        // the pupils draw from a random of their own, so every other figure of the demo stays as it was
        SplittableRandom pupils = new SplittableRandom(20261201L);
        for (Demo c : cases) {
            LocalDate end = c.end() == null || c.end().isAfter(LAST_DAY) ? LAST_DAY : c.end();
            double gain = random.nextDouble() < 0.15 ? -0.2 * random.nextDouble()
                    : Math.clamp(0.45 + 0.3 * random.nextGaussian(), 0, 0.9);
            if ("DROPPED_OUT".equals(c.status())) {
                gain *= 0.3;
            }
            absence(random, c.id(), c.schoolId(), c.start(), c.end() == null ? LAST_MONTH.atEndOfMonth() : end, gain);
            boolean started = enquiry(random, c.id(), c.projectId(), c.schoolId(), "START", c.start().plusDays(7),
                    random.nextDouble() < 0.8, 0);
            if (c.end() != null && !c.end().isAfter(LAST_DAY)) {
                double p = "COMPLETED".equals(c.status()) ? (started ? 0.75 : 0.5) : (started ? 0.4 : 0.2);
                enquiry(random, c.id(), c.projectId(), c.schoolId(), "END", c.end().minusDays(3),
                        random.nextDouble() < p, gain);
            }
            ratings(random, c.id(), c.start(), end, c.end() != null && !c.end().isAfter(LAST_DAY), gain);
            pupil(pupils, c.id(), c.projectId(), c.schoolId(), "START", c.start().plusDays(10), 0);
            if (c.end() != null && !c.end().isAfter(LAST_DAY)) {
                pupil(pupils, c.id(), c.projectId(), c.schoolId(), "END", c.end().minusDays(5), gain);
            }
        }
    }

    private void insertCase(SplittableRandom r, SecureRandom codes, long projectId, long schoolId) {
        int grade = 4 + pick(r, 10, 12, 15, 20, 21, 22);
        String gender = new String[] {"GIRL", "BOY", "OTHER", "NOT_STATED"}[pick(r, 47, 48, 2, 3)];
        LocalDate start = YEAR_START.plusDays(14 + r.nextInt(150));
        String status = new String[] {"ACTIVE", "COMPLETED", "DROPPED_OUT"}[pick(r, 25, 58, 17)];
        LocalDate end = null;
        String reason = null;
        String goals = null;
        Boolean eligible = null;
        if (!"ACTIVE".equals(status)) {
            boolean completed = "COMPLETED".equals(status);
            end = start.plusMonths(completed ? 5 + r.nextInt(4) : 2 + r.nextInt(4));
            if (end.isAfter(LAST_DAY)) {
                end = LAST_DAY;
            }
            reason = completed ? null
                    : new String[] {"MOVED", "CHANGED_SCHOOL", "FAMILY_DECLINED", "OTHER_SUPPORT", "OTHER"}[
                    pick(r, 30, 25, 20, 15, 10)];
            goals = new String[] {"ALL_MET", "MOST_MET", "FEW_MET", "NOT_ASSESSED"}[completed
                    ? pick(r, 30, 38, 22, 10) : pick(r, 8, 22, 50, 20)];
            if (grade == 9) {
                eligible = r.nextDouble() < (completed ? 0.65 : 0.3);
            }
        }
        BigDecimal cost = BigDecimal.valueOf(Math.round(Math.exp(10.4 + 0.45 * r.nextGaussian()) / 100) * 100L);
        jdbc.sql("""
                        INSERT INTO case_pupil_case (case_code, project_id, school_id, grade, gender, start_date, end_date,
                            status, dropout_reason, knowledge_goals, eligible_upper_secondary, intervention_cost)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(CaseCode.random(codes).value(), projectId, schoolId, grade, gender, start, end, status, reason,
                        goals, eligible, cost).update();
    }

    /**
     * Months from the start to the end month (July without teaching: 0 hours offered); the share of unauthorised
     * absence falls by {@code gain}. Every fourth school has not reported May yet, so completeness varies.
     */
    private void absence(SplittableRandom r, long caseId, long schoolId, LocalDate start, LocalDate end, double gain) {
        double base = Math.clamp(0.22 + 0.3 * r.nextDouble(), 0.1, 0.8);
        int months = 0;
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)) && !m.isAfter(LAST_MONTH);
             m = m.plusMonths(1)) {
            if (m.getMonthValue() == 7) {
                jdbc.sql("INSERT INTO absence_month (case_id, month_start, hours_offered, hours_unauthorised, "
                        + "hours_authorised) VALUES (?, ?, 0, 0, 0)").params(caseId, m.atDay(1)).update();
                continue;
            }
            if (schoolId % 4 == 0 && m.getMonthValue() == 5) {
                continue;
            }
            double progress = Math.min(1.0, months++ / 7.0);
            double offered = m.getMonthValue() == 8 || m.getMonthValue() == 6 ? 40 + r.nextInt(20) : 95 + r.nextInt(35);
            double share = Math.clamp(base * (1 - gain * progress) + 0.04 * r.nextGaussian(), 0, 0.9);
            double unauthorised = Math.round(offered * share * 2) / 2.0;
            double authorised = Math.min(offered - unauthorised, Math.round(offered * (0.02 + 0.05 * r.nextDouble()) * 2) / 2.0);
            jdbc.sql("""
                            INSERT INTO absence_month (case_id, month_start, hours_offered, hours_unauthorised, hours_authorised)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(caseId, m.atDay(1), offered, unauthorised, authorised).update();
        }
    }

    /** One invitation of a wave, answered or expired; returns whether it was answered. */
    private boolean enquiry(SplittableRandom r, long caseId, long projectId, long schoolId, String wave, LocalDate sent,
                            boolean answered, double gain) {
        SurveyTemplate template = catalog.latestFor(TemplateKind.PARENT_ENQUIRY, wave).orElse(null);
        if (template == null) {
            return false;
        }
        Timestamp created = at(sent);
        Timestamp submitted = answered ? at(sent.plusDays(3 + r.nextInt(10))) : null;
        Long responseId = null;
        if (answered) {
            responseId = respond(r, template, ResponsePurpose.ENQUIRY, caseId, wave, gain, submitted);
        }
        long invitationId = jdbc.sql("""
                        INSERT INTO enquiry_invitation (case_id, project_id, school_id, wave, guardian_no, token_hash,
                            code_hash, language, template_id, template_version, created_at, created_by, expires_at,
                            opened_at, submitted_at, response_id)
                        VALUES (?, ?, ?, ?, 1, ?, ?, 'sv', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, projectId, schoolId, wave, randomHash(), randomHash(), template.id(), template.version(),
                        created, CREATED_BY, at(sent.plusDays(30)), submitted, submitted, responseId)
                .query(Long.class).single();
        if (answered) {
            boolean paper = r.nextDouble() < 0.15;
            jdbc.sql("""
                            INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at, mode, entered_by)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(invitationId, responseId, submitted, paper ? "PAPER" : "WEB", paper ? "samordnare" : null)
                    .update();
        }
        return answered;
    }

    /**
     * The pupil questionnaire of one wave (issue #16): for most cases consent and a code, answered for about three in
     * four codes, as {@code PupilCodeService} and {@code PupilAnswerService} would have stored them.
     */
    private void pupil(SplittableRandom r, long caseId, long projectId, long schoolId, String wave, LocalDate issued,
                       double gain) {
        SurveyTemplate template = catalog.latestFor(TemplateKind.PUPIL_ENQUIRY, wave).orElse(null);
        if (template == null || r.nextDouble() > 0.85) {
            return;
        }
        Timestamp created = at(issued);
        long consentId = jdbc.sql("""
                        INSERT INTO enquiry_pupil_consent (case_id, wave, guardian_consent, pupil_assent, recorded_at,
                            recorded_by) VALUES (?, ?, TRUE, TRUE, ?, ?) RETURNING id""")
                .params(caseId, wave, created, CREATED_BY).query(Long.class).single();
        boolean answered = r.nextDouble() < 0.75;
        Timestamp submitted = answered ? at(issued.plusDays(r.nextInt(2))) : null;
        Long responseId = answered
                ? respond(r, template, ResponsePurpose.PUPIL, caseId, wave, gain, submitted) : null;
        long codeId = jdbc.sql("""
                        INSERT INTO enquiry_pupil_code (case_id, project_id, school_id, wave, code_hash, template_id,
                            template_version, consent_id, created_at, created_by, expires_at, opened_at, submitted_at,
                            response_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, projectId, schoolId, wave, randomHash(), template.id(), template.version(), consentId,
                        created, CREATED_BY, at(issued.plusDays(3)), submitted, submitted, responseId)
                .query(Long.class).single();
        if (answered) {
            jdbc.sql("INSERT INTO enquiry_pupil_submission (code_id, response_id, submitted_at) VALUES (?, ?, ?)")
                    .params(codeId, responseId, submitted).update();
        }
    }

    private void ratings(SplittableRandom r, long caseId, LocalDate start, LocalDate end, boolean ended, double gain) {
        record Point(String name, LocalDate date, double progress) {
        }
        List<Point> points = new ArrayList<>();
        points.add(new Point("START", start.plusDays(7), 0));
        if (!start.plusMonths(3).isAfter(end)) {
            points.add(new Point("M3", start.plusMonths(3), 0.4));
        }
        if (!start.plusMonths(6).isAfter(end)) {
            points.add(new Point("M6", start.plusMonths(6), 0.75));
        }
        if (ended) {
            points.add(new Point("END", end, 1));
        }
        double level = r.nextGaussian() * 0.5;
        for (Point p : points) {
            if (r.nextDouble() < 0.07) {
                continue; // form not filled in
            }
            String wave = "START".equals(p.name()) ? "START" : "END".equals(p.name()) ? "END" : "PERIODIC";
            SurveyTemplate template = catalog.latestFor(TemplateKind.RATING_FORM, wave).orElse(null);
            if (template == null) {
                continue;
            }
            Timestamp when = at(p.date());
            long responseId = respond(r, template, ResponsePurpose.RATING, caseId, p.name(),
                    level + gain * p.progress() * 1.4, when);
            jdbc.sql("""
                            INSERT INTO rating_entry (case_id, timepoint, rated_on, template_id, template_version,
                                response_id, created_by, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, p.name(), p.date(), template.id(), template.version(), responseId, CREATED_BY,
                            CREATED_BY, when).update();
        }
    }

    /**
     * A submitted response with an answer to every visible question the template has, raised by {@code gain}
     * (about 0 to 1: scales move up, "worry"-like questions are not special-cased), dated {@code when}.
     */
    private long respond(SplittableRandom r, SurveyTemplate template, ResponsePurpose purpose, long caseId,
                         String wave, double gain, Timestamp when) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (Question q : template.questions()) {
            if (!q.isVisible(new Answers(given))) {
                continue;
            }
            if (purpose == ResponsePurpose.PUPIL && r.nextDouble() < 0.05) {
                given.put(q.id(), List.of(Answers.DECLINED)); // "I don't want to answer"
                continue;
            }
            switch (q.type()) {
                case LIKERT, RATING_0_10 -> given.put(q.id(), List.of(scale(r, q, gain)));
                case MATRIX -> {
                    for (MatrixItem item : q.items()) {
                        given.put(q.id() + "." + item.id(), List.of(scale(r, q, gain)));
                    }
                }
                case YES_NO -> given.put(q.id(), List.of(r.nextDouble() < 0.45 + 0.2 * gain ? Answers.YES : Answers.NO));
                case SINGLE_CHOICE -> {
                    int k = q.choices().size();
                    int index = (int) Math.round(Math.clamp((0.35 + 0.4 * gain) * (k - 1) + r.nextGaussian(), 0, k - 1));
                    given.put(q.id(), List.of(q.choices().get(index).value()));
                }
                case MULTIPLE_CHOICE -> given.put(q.id(), List.of(q.choices().get(r.nextInt(q.choices().size())).value()));
                case NUMBER -> {
                    double lo = q.min() == null ? 0 : q.min().doubleValue();
                    double hi = q.max() == null ? 40 : q.max().doubleValue();
                    long v = Math.round(Math.clamp(lo + (hi - lo) * (0.3 + 0.4 * gain) + 4 * r.nextGaussian(), lo, hi));
                    given.put(q.id(), List.of(Long.toString(v)));
                }
                case SHORT_TEXT, LONG_TEXT -> {
                    if (q.freeTextInReports() && r.nextDouble() < 0.35) {
                        given.put(q.id(), List.of(FREE_TEXTS[r.nextInt(FREE_TEXTS.length)]));
                    } else if (!q.freeTextInReports() && r.nextDouble() < 0.1) {
                        given.put(q.id(), List.of("Ring gärna efter klockan 17."));
                    }
                }
                default -> {
                    // dates and the like are optional in the shipped templates
                }
            }
        }
        long id = responses.start(template, purpose, caseId, wave, "sv");
        responses.submit(id, new Answers(given));
        entities.flush(); // the response's own submission time first, then ours over it
        jdbc.sql("UPDATE survey_response SET started_at = ?, updated_at = ?, submitted_at = ? WHERE id = ?")
                .params(when, when, when, id).update();
        return id;
    }

    private static String scale(SplittableRandom r, Question q, double gain) {
        int min = q.scale().min();
        int max = q.scale().max();
        if (q.scale().dontKnow() && r.nextDouble() < 0.04) {
            return Answers.DONT_KNOW;
        }
        double span = max - min;
        double v = min + span * (0.35 + 0.4 * gain) + span * 0.22 * r.nextGaussian();
        return Long.toString(Math.round(Math.clamp(v, min, max)));
    }

    private void focusGroups(SplittableRandom r, long projectId, int projectIndex) {
        List<Long> schools = jdbc.sql("SELECT s.id FROM case_school s JOIN case_project_school ps ON ps.school_id = s.id "
                + "WHERE ps.project_id = ? ORDER BY s.id").param(projectId).query(Long.class).list();
        for (int i = 0; i < 4; i++) {
            LocalDate held = LocalDate.of(2025, 10, 8).plusWeeks(7L * i + r.nextInt(3));
            Long school = i == 3 ? null : schools.get(r.nextInt(schools.size()));
            Long district = school == null ? null : jdbc.sql("SELECT district_id FROM case_school WHERE id = ?")
                    .param(school).query(Long.class).single();
            Timestamp when = at(held);
            long sessionId = jdbc.sql("""
                            INSERT INTO focusgroup_session (project_id, school_id, district_id, held_on, consent_recorded,
                                status, created_by, created_at, updated_at, finalised_by, finalised_at)
                            VALUES (?, ?, ?, ?, TRUE, 'FINAL', ?, ?, ?, ?, ?) RETURNING id""")
                    .params(projectId, school, district, held, CREATED_BY, when, when, CREATED_BY, when)
                    .query(Long.class).single();
            Map<String, Integer> participants = new LinkedHashMap<>();
            participants.put("PARENT", 4 + r.nextInt(4));
            participants.put("SCHOOL_STAFF", 2 + r.nextInt(3));
            participants.put("PROJECT_STAFF", 1 + r.nextInt(2));
            if (r.nextDouble() < 0.5) {
                participants.put("SOCIAL_SERVICES", 1);
            }
            participants.forEach((role, n) -> jdbc.sql("""
                            INSERT INTO focusgroup_participant_count (session_id, participant_role, participant_count)
                            VALUES (?, ?, ?)""").params(sessionId, role, n).update());
            for (String[] note : NOTES) {
                if (r.nextDouble() < 0.75) {
                    jdbc.sql("""
                                    INSERT INTO focusgroup_note (session_id, theme_key, theme_title, body, created_at, updated_at)
                                    VALUES (?, ?, ?, ?, ?, ?)""")
                            .params(sessionId, "typed:" + note[0].toLowerCase(java.util.Locale.ROOT), note[0], note[1],
                                    when, when).update();
                }
            }
            // each project's sessions get their own quotes; the first also one that must never be quoted
            for (int q = 0; q < (i == 0 ? 2 : 1); q++) {
                String[] quote = q == 1 ? NOT_QUOTABLE : QUOTES[(4 * projectIndex + i) % QUOTES.length];
                jdbc.sql("""
                                INSERT INTO focusgroup_quote (session_id, theme_key, theme_title, body, speaker_role,
                                    quotable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(sessionId, "typed:" + quote[0].toLowerCase(java.util.Locale.ROOT), quote[0], quote[1],
                                quote[2], !"no".equals(quote[3]), when, when).update();
            }
        }
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(LocalTime.of(10, 0)));
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static final String[] FREE_TEXTS = {
            "Tack för att ni lyssnade på oss.",
            "Mer stöd på morgonen skulle hjälpa, det är då det är svårast.",
            "Det har blivit mycket bättre sedan hon fick en egen kontaktperson.",
            "Vi hade önskat att det gick snabbare att få hjälp.",
            "Han säger att han äntligen vill gå till skolan, det trodde vi aldrig.",
            "Bra möten, men för många olika personer att hålla reda på."};

    /** Theme and note text. */
    /**
     * Both occasions of one project's interview (issue #16.3), final, with the project interview guide's themes:
     * notes tagged with the project's codes, participants by function, and at six months one quotable quote.
     * Deterministic, so the demo's random figures stay as they were.
     */
    private void projectInterviews(long projectId, int projectIndex) {
        for (int month : new int[] {0, 6}) {
            LocalDate held = LocalDate.of(2025, 9, 17).plusMonths(month).plusWeeks(projectIndex);
            Timestamp when = at(held);
            long sessionId = jdbc.sql("""
                            INSERT INTO focusgroup_session (project_id, held_on, guide_template_id,
                                guide_template_version, consent_recorded, status, created_by, created_at, updated_at,
                                finalised_by, finalised_at, session_type, occasion_month)
                            VALUES (?, ?, 'project-interview-guide', 1, TRUE, 'FINAL', ?, ?, ?, ?, ?,
                                'PROJECT_INTERVIEW', ?) RETURNING id""")
                    .params(projectId, held, CREATED_BY, when, when, CREATED_BY, when, month)
                    .query(Long.class).single();
            Map<String, Integer> participants = new LinkedHashMap<>();
            participants.put("PROJECT_STAFF", 3 + projectIndex + month / 6);
            participants.put("SCHOOL_STAFF", 1 + month / 6);
            participants.forEach((role, n) -> jdbc.sql("""
                            INSERT INTO focusgroup_participant_count (session_id, participant_role, participant_count)
                            VALUES (?, ?, ?)""").params(sessionId, role, n).update());
            for (int t = 0; t < INTERVIEW_NOTES.length; t++) {
                String[] note = INTERVIEW_NOTES[t];
                if (month == 0 && "pi-results".equals(note[0]) || (t + projectIndex + month) % 5 == 4) {
                    continue; // no results at the start; and not every theme is noted every time
                }
                long noteId = jdbc.sql("""
                                INSERT INTO focusgroup_note (session_id, theme_key, theme_title, body, created_at,
                                    updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                        .params(sessionId, "guide:" + note[0], note[1], note[2], when, when).query(Long.class).single();
                for (int c = 3; c < note.length; c++) {
                    if ((c + projectIndex + month) % 3 != 2) {
                        jdbc.sql("INSERT INTO focusgroup_note_code (note_id, code_id) VALUES (?, ?)")
                                .params(noteId, code(projectId, note[c])).update();
                    }
                }
            }
            if (month == 6) {
                jdbc.sql("""
                                INSERT INTO focusgroup_quote (session_id, theme_key, theme_title, body, speaker_role,
                                    quotable, created_at, updated_at) VALUES (?, ?, ?, ?, 'PROJECT_STAFF', TRUE, ?, ?)""")
                        .params(sessionId, "guide:pi-working-methods", "Arbetssätt", projectIndex == 0
                                ? "Nu ringer vi familjen samma vecka som frånvaron börjar, inte efter en termin."
                                : "Det som gör skillnad är en fast kontaktperson hos socialtjänsten.", when, when)
                        .update();
            }
        }
    }

    /** The project's code of that name, created if it does not exist yet. */
    private long code(long projectId, String name) {
        return jdbc.sql("SELECT id FROM focusgroup_code WHERE project_id = ? AND name = ?").params(projectId, name)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql(
                        "INSERT INTO focusgroup_code (project_id, name, guid) VALUES (?, ?, ?) RETURNING id")
                        .params(projectId, name, java.util.UUID.randomUUID().toString()).query(Long.class).single());
    }

    /** Guide section, its title, the note, then the codes the note may be tagged with. */
    private static final String[][] INTERVIEW_NOTES = {
            {"pi-aims", "Mål och målgrupp", "Målgruppen är elever med lång frånvaro i årskurs 4-9.", "Målgrupp",
                    "Tidiga signaler"},
            {"pi-working-methods", "Arbetssätt", "Hembesök och veckovisa avstämningar med mentor.", "Hembesök",
                    "Tidig kontakt", "Fast kontaktperson"},
            {"pi-cooperation", "Samverkan", "Samverkan med socialtjänsten och BUP beskrivs.", "Socialtjänst", "BUP"},
            {"pi-results", "Resultat och lärdomar", "Närvaron har ökat för flera elever.", "Närvaro ökar",
                    "Lärdom"}};

    private static final String[][] NOTES = {
            {"Kontakt mellan hem och skola", "Föräldrarna beskriver tätare och mer positiv kontakt än tidigare."},
            {"Vägen tillbaka efter lång frånvaro", "En stegvis återgång med korta dagar i början lyfts fram."},
            {"Anpassningar i undervisningen", "Fasta personer och förutsägbara scheman nämns av flera."},
            {"Elevhälsans roll", "Elevhälsan upplevs som tillgänglig men svår att hitta rätt i."},
            {"Samverkan med socialtjänst och BUP", "Väntetider hos BUP försenar stödet."}};

    private static final String[] NOT_QUOTABLE = {"Kontakt mellan hem och skola",
            "Hans pappa har flyttat och mamman orkar inte, det vet alla på skolan.", "SCHOOL_STAFF", "no"};

    /** Theme, text, speaker role, quotable ("no" = never in a report: it could identify someone). */
    private static final String[][] QUOTES = {
            {"Kontakt mellan hem och skola", "Det var första gången någon från skolan ringde för att berätta något bra.",
                    "PARENT", "yes"},
            {"Vägen tillbaka efter lång frånvaro",
                    "Vi började med en timme om dagen, och efter jul var hon där hela förmiddagarna.", "PARENT", "yes"},
            {"Anpassningar i undervisningen", "Att ha en fast person att gå till på morgonen gjorde hela skillnaden.",
                    "SCHOOL_STAFF", "yes"},
            {"Samverkan med socialtjänst och BUP", "Samordningen med BUP tog för lång tid, vi väntade i flera månader.",
                    "SOCIAL_SERVICES", "yes"},
            {"Elevhälsans roll", "Elevhälsan fanns där, men man måste veta vem man ska fråga.", "PARENT", "yes"},
            {"Anpassningar i undervisningen", "Schemat anpassades så att dagen började med något hon tyckte om.",
                    "SCHOOL_STAFF", "yes"},
            {"Vägen tillbaka efter lång frånvaro", "Kamraterna saknade honom mer än vi förstod, och det sa de till honom.",
                    "PROJECT_STAFF", "yes"},
            {"Projektets arbetssätt", "Vi pratar med familjen innan problemen har vuxit sig stora, inte efteråt.",
                    "PROJECT_STAFF", "yes"}};

    /** An index drawn with these weights. */
    static int pick(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
