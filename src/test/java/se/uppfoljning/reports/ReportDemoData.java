package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import se.uppfoljning.cases.CaseCode;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * Realistic, reproducible demo input for reports, previews and the benchmark: schools in two projects and four
 * districts, cases in grades 4-9 with a gender mix, monthly absence that improves on average over ten months,
 * parent enquiries with about 80 % response at START and 60 % at END (lower after an early end), staff ratings at
 * START, M3, M6 and END, twelve focus-group sessions with themes and quotes (some not quotable), the pupils' own
 * questionnaire (issue #16: codes for most cases, about 75 % answered, some "I don't want to answer", one key shared
 * with the parents) and both projects' interviews at start and after six months. All names are invented; there are
 * no people in it.
 */
public final class ReportDemoData {

    /** The default demo: 16 schools with 25 cases each. */
    public static final int SCHOOLS = 16;
    public static final int CASES_PER_SCHOOL = 25;

    static final LocalDate PERIOD_FROM = LocalDate.of(2025, 8, 1);
    static final LocalDate PERIOD_TO = LocalDate.of(2026, 6, 30);
    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 8);
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 5); // ten school months with absence data

    private static final String[] SCHOOL_NAMES = {
            "Ängsskolan", "Björkhagens skola", "Sjöstadsskolan", "Källtorpsskolan", "Rågsveds skola",
            "Hägerstensåsens skola", "Årstadals skola", "Östbergaskolan", "Fruängens skola", "Västbergaskolan",
            "Kärrtorps skola", "Bäckahagens skola", "Snösätraskolan", "Sköndalsskolan", "Gubbängsskolan",
            "Hökarängsskolan"};
    private static final String[] DISTRICTS = {"Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Skärholmen"};
    private static final String[] PROJECTS = {"Tillsammans tillbaka", "Närvaroteamet Söder"};

    private ReportDemoData() {
    }

    /** The default demo in Swedish: {@value #SCHOOLS} schools with {@value #CASES_PER_SCHOOL} cases each. */
    public static ReportInput generate() {
        return generate(SCHOOLS, CASES_PER_SCHOOL, 20261124L);
    }

    public static ReportInput generate(int schools, int casesPerSchool, long seed) {
        return generate(schools, casesPerSchool, seed, Locale.forLanguageTag("sv"));
    }

    public static ReportInput generate(int schools, int casesPerSchool, long seed, Locale language) {
        if (schools < 1 || casesPerSchool < 0) {
            throw new IllegalArgumentException("Need at least one school");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> schoolNames = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            schoolNames.add(i < SCHOOL_NAMES.length ? SCHOOL_NAMES[i] : "Skola " + (i + 1));
        }
        ReportScope scope = new ReportScope("Närvaro och lärande i Stockholm", List.of(PROJECTS),
                List.of(DISTRICTS), List.of(), PERIOD_FROM, PERIOD_TO, language, LocalDate.of(2026, 11, 24));
        ReportInput.Builder input = ReportInput.builder(scope)
                .enquiryItems(enquiryItems())
                .ratingItems(ratingItems());

        List<TargetGroupRow> targets = new ArrayList<>();
        List<CaseRow> cases = new ArrayList<>();
        List<AbsenceRow> absence = new ArrayList<>();
        List<InvitationRow> invitations = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        List<RatingRow> ratings = new ArrayList<>();
        List<InvitationRow> pupilCodes = new ArrayList<>();
        List<AnswerRow> pupilAnswers = new ArrayList<>();
        // a random of their own, so the pupils leave every other figure of the demo as it was
        SplittableRandom pupils = new SplittableRandom(seed ^ 0x16L);
        long nextId = 1;
        for (int s = 0; s < schools; s++) {
            String school = schoolNames.get(s);
            String project = PROJECTS[s % PROJECTS.length];
            String district = DISTRICTS[(s / 2) % DISTRICTS.length];
            targets.add(new TargetGroupRow(school, "2025/26",
                    (int) Math.round(casesPerSchool * (1.3 + 0.7 * random.nextDouble()))));
            for (int k = 0; k < casesPerSchool; k++) {
                CaseRow c = newCase(random, nextId++, project, district, school);
                cases.add(c);
                double improvement = random.nextDouble() < 0.15 ? -0.2 * random.nextDouble()
                        : clamp(0.45 + 0.3 * gaussian(random), 0, 0.9);
                addAbsence(random, c, improvement, absence);
                addEnquiries(random, c, improvement, invitations, answers);
                addRatings(random, c, improvement, ratings);
                addPupils(pupils, c, improvement, pupilCodes, pupilAnswers);
            }
        }
        return input.targetGroups(targets).cases(cases).absence(absence).invitations(invitations)
                .answers(answers).ratings(ratings)
                .focusGroupSessions(sessions(random, schoolNames)).themes(themes()).quotes(quotes())
                .pupilItems(pupilItems()).pupilCodes(pupilCodes).pupilAnswers(pupilAnswers)
                .projectInterviews(projectInterviews())
                .build();
    }

    private static CaseRow newCase(SplittableRandom r, long id, String project, String district, String school) {
        int grade = ReportDemoSeeder.pick(r, new int[] {10, 12, 15, 20, 21, 22}) + CaseRow.MIN_GRADE;
        CaseRow.Gender gender = CaseRow.Gender.values()[ReportDemoSeeder.pick(r, new int[] {47, 48, 2, 3})];
        LocalDate start = PERIOD_FROM.plusDays(14 + r.nextInt(170));
        CaseRow.Status status = CaseRow.Status.values()[ReportDemoSeeder.pick(r, new int[] {30, 55, 15})];
        LocalDate end = null;
        CaseRow.DropoutReason reason = null;
        CaseRow.KnowledgeGoals goals = null;
        Boolean eligible = null;
        if (status != CaseRow.Status.ACTIVE) {
            end = start.plusMonths(status == CaseRow.Status.COMPLETED ? 5 + r.nextInt(5) : 1 + r.nextInt(5));
            if (end.isAfter(PERIOD_TO)) {
                end = PERIOD_TO;
            }
            boolean completed = status == CaseRow.Status.COMPLETED;
            if (!completed) {
                reason = CaseRow.DropoutReason.values()[ReportDemoSeeder.pick(r, new int[] {30, 25, 20, 15, 10})];
            }
            if (r.nextDouble() < 0.95) {
                goals = CaseRow.KnowledgeGoals.values()[completed ? ReportDemoSeeder.pick(r, new int[] {28, 37, 25, 10})
                        : ReportDemoSeeder.pick(r, new int[] {8, 22, 50, 20})];
            }
            if (grade == 9 && r.nextDouble() < 0.9) {
                eligible = r.nextDouble() < (completed ? 0.62 : 0.3);
            }
        }
        BigDecimal cost = r.nextDouble() < 0.8
                ? BigDecimal.valueOf(Math.round(Math.exp(10.4 + 0.45 * gaussian(r)) / 100) * 100L) : null;
        return new CaseRow(id, caseCode(r), project, district, school, grade, gender, status, reason, goals, eligible,
                cost, start, end);
    }

    private static void addAbsence(SplittableRandom r, CaseRow c, double improvement, List<AbsenceRow> out) {
        YearMonth from = YearMonth.from(c.startDate());
        YearMonth to = c.endDate() == null ? LAST_MONTH : YearMonth.from(c.endDate());
        if (to.isAfter(LAST_MONTH)) {
            to = LAST_MONTH;
        }
        double base = clamp(0.12 + 0.33 * r.nextDouble() + 0.05 * gaussian(r), 0.1, 0.8);
        int months = 0;
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
            if (m.isBefore(from) || m.isAfter(to)) {
                continue;
            }
            double progress = Math.min(1.0, months / 8.0);
            months++;
            double offered = m.getMonthValue() == 8 ? 40 + r.nextInt(20) : 95 + r.nextInt(35);
            double share = clamp(base * (1 - improvement * progress) + 0.04 * gaussian(r), 0, 1);
            double unauthorised = Math.round(offered * share * 2) / 2.0;
            double authorised = Math.round(offered * (0.02 + 0.05 * r.nextDouble()) * 2) / 2.0;
            out.add(AbsenceRow.ofHours(c.caseId(), m, offered, Math.min(unauthorised, offered),
                    Math.min(authorised, offered - Math.min(unauthorised, offered))));
        }
    }

    private static void addEnquiries(SplittableRandom r, CaseRow c, double improvement, List<InvitationRow> inv,
                                     List<AnswerRow> answers) {
        double[] start = null;
        InvitationRow.Status s = r.nextDouble() < 0.8 ? InvitationRow.Status.SUBMITTED : nonResponse(r);
        inv.add(new InvitationRow(c.caseId(), Wave.START, s));
        if (s == InvitationRow.Status.SUBMITTED) {
            start = answerSet(r, 0);
            addAnswers(r, c, Wave.START, start, answers);
        }
        if (c.ended()) {
            boolean completed = c.status() == CaseRow.Status.COMPLETED;
            double p = completed ? (start != null ? 0.72 : 0.5) : (start != null ? 0.38 : 0.2);
            InvitationRow.Status e = r.nextDouble() < p ? InvitationRow.Status.SUBMITTED : nonResponse(r);
            inv.add(new InvitationRow(c.caseId(), Wave.END, e));
            if (e == InvitationRow.Status.SUBMITTED) {
                double gain = completed ? improvement : improvement * 0.3;
                double[] end = start == null ? answerSet(r, gain) : shift(r, start, gain);
                addAnswers(r, c, Wave.END, end, answers);
            }
        }
    }

    /** A pupil code per wave for most cases; the answers move with the case's improvement like the parents'. */
    private static void addPupils(SplittableRandom r, CaseRow c, double improvement, List<InvitationRow> codes,
                                  List<AnswerRow> answers) {
        double level = gaussian(r);
        for (Wave wave : Wave.values()) {
            if (wave == Wave.END && !c.ended() || r.nextDouble() > 0.85) {
                continue; // no code issued (no consent, or not asked)
            }
            boolean answered = r.nextDouble() < (wave == Wave.START ? 0.78 : 0.68);
            codes.add(new InvitationRow(c.caseId(), wave, answered ? InvitationRow.Status.SUBMITTED : nonResponse(r)));
            if (!answered) {
                continue;
            }
            double gain = wave == Wave.START ? 0 : c.status() == CaseRow.Status.COMPLETED ? improvement
                    : improvement * 0.3;
            String[] keys = {"elev-trygg", "elev-vuxen", "kontakt-skola"};
            for (int k = 0; k < keys.length; k++) {
                double latent = 2.8 + 0.3 * k + gain * 1.4 + 0.8 * level + 0.7 * gaussian(r);
                answers.add(r.nextDouble() < 0.05 ? new AnswerRow(c.caseId(), wave, keys[k], AnswerRow.DECLINED, false)
                        : new AnswerRow(c.caseId(), wave, keys[k], Long.toString(Math.round(clamp(latent, 1, 5))),
                        false));
            }
        }
    }

    /** The pupils' questionnaire: two questions of their own and one the parents are asked too. */
    static List<ItemDefinition> pupilItems() {
        List<ItemDefinition.Choice> ends = scaleEnds("Stämmer inte alls", "Not true at all", "Stämmer helt",
                "Completely true", 1, 5);
        return List.of(
                item("elev-trygg", ItemKind.LIKERT, "Jag känner mig trygg i skolan", "I feel safe at school", 1, 5,
                        ends),
                item("elev-vuxen", ItemKind.LIKERT, "Det finns en vuxen i skolan som jag kan prata med",
                        "There is an adult at school I can talk to", 1, 5, ends),
                item("kontakt-skola", ItemKind.LIKERT, "Mina föräldrar och skolan pratar med varandra",
                        "My parents and the school talk to each other", 1, 5, ends));
    }

    /** Both projects interviewed at start and after six months, with codes; one quotable quote from a big round. */
    static List<ProjectInterviewRow> projectInterviews() {
        List<ProjectInterviewRow> out = new ArrayList<>();
        String[] themes = {"Organisation och roller", "Samverkan", "Arbetssätt med familjerna", "Resultat hittills"};
        String[][] codes = {{"Tydliga roller", "Ledningens stöd"}, {"Socialtjänst", "BUP", "Elevhälsa"},
                {"Hembesök", "Tidig kontakt"}, {"Närvaro", "Trivsel"}};
        for (int p = 0; p < PROJECTS.length; p++) {
            for (int month : new int[] {0, 6}) {
                List<ProjectInterviewRow.Theme> noted = new ArrayList<>();
                for (int t = 0; t < themes.length; t++) {
                    if (month == 0 && t == themes.length - 1) {
                        continue; // nothing to say about results at the start
                    }
                    noted.add(new ProjectInterviewRow.Theme(themes[t], 1 + (t + p + month) % 4,
                            List.of(codes[t]).subList(0, 1 + (p + month / 6 + t) % codes[t].length)));
                }
                Map<ParticipantRole, Integer> who = new EnumMap<>(ParticipantRole.class);
                who.put(ParticipantRole.PROJECT_STAFF, 2 + p + month / 3);
                who.put(ParticipantRole.SCHOOL_STAFF, 1 + p);
                List<QuoteRow> quotes = month == 0 ? List.of() : List.of(new QuoteRow(p == 0
                        ? "Nu ringer vi familjen samma vecka som frånvaron börjar, inte efter en termin."
                        : "Samverkan med socialtjänsten fungerar när vi har en gemensam kontaktperson.",
                        ParticipantRole.PROJECT_STAFF, themes[p == 0 ? 2 : 1], true));
                out.add(new ProjectInterviewRow("PI-" + (p + 1) + "-" + month, PROJECTS[p], month,
                        LocalDate.of(2025, 9, 10).plusMonths(month).plusWeeks(p), who, noted, quotes));
            }
        }
        return out;
    }

    private static InvitationRow.Status nonResponse(SplittableRandom r) {
        return InvitationRow.Status.values()[new int[] {0, 1, 2, 4, 5}[ReportDemoSeeder.pick(r, new int[] {15, 25, 8, 50, 2})]];
    }

    /** Latent answers: wellbeing, contact, worry, mood 0-10, days at home; raised by {@code gain} (0..1). */
    private static double[] answerSet(SplittableRandom r, double gain) {
        return new double[] {
                2.6 + gain * 1.6 + gaussian(r), 2.9 + gain * 1.2 + gaussian(r), 3.8 - gain * 1.6 + gaussian(r),
                4.5 + gain * 3 + 1.8 * gaussian(r), Math.max(0, 6 - gain * 5 + 3 * gaussian(r))};
    }

    private static double[] shift(SplittableRandom r, double[] start, double gain) {
        return new double[] {
                start[0] + gain * 1.6 + 0.7 * gaussian(r), start[1] + gain * 1.2 + 0.7 * gaussian(r),
                start[2] - gain * 1.6 + 0.7 * gaussian(r), start[3] + gain * 3 + 1.2 * gaussian(r),
                Math.max(0, start[4] - gain * 5 + 2 * gaussian(r))};
    }

    private static void addAnswers(SplittableRandom r, CaseRow c, Wave wave, double[] latent,
                                   List<AnswerRow> out) {
        long id = c.caseId();
        out.add(likert(r, id, wave, "trivsel", latent[0], 1, 5));
        out.add(likert(r, id, wave, "kontakt-skola", latent[1], 1, 5));
        out.add(likert(r, id, wave, "oro", latent[2], 1, 5));
        out.add(likert(r, id, wave, "mabra", latent[3], 0, 10));
        boolean contact = r.nextDouble() < (wave == Wave.START ? 0.35 : 0.55);
        out.add(new AnswerRow(id, wave, "elevhalsa", r.nextDouble() < 0.05 ? AnswerRow.DONT_KNOW
                : contact ? AnswerRow.YES : AnswerRow.NO, false));
        out.add(new AnswerRow(id, wave, "viktigast-stod",
                new String[] {"mentor", "elevhalsa", "socialtjanst", "bup", "annat"}[ReportDemoSeeder.pick(r, new int[] {35, 25, 15, 10, 15})],
                false));
        out.add(new AnswerRow(id, wave, "dagar-hemma", Long.toString(Math.round(latent[4])), false));
        if (r.nextDouble() < 0.25) {
            out.add(new AnswerRow(id, wave, "berattelse", FREE_TEXTS[r.nextInt(FREE_TEXTS.length)], true));
        }
        if (r.nextDouble() < 0.1) {
            out.add(new AnswerRow(id, wave, "till-projektet", PRIVATE_TEXTS[r.nextInt(PRIVATE_TEXTS.length)],
                    false));
        }
    }

    private static AnswerRow likert(SplittableRandom r, long id, Wave wave, String key, double latent, int min,
                                    int max) {
        if (r.nextDouble() < 0.04) {
            return new AnswerRow(id, wave, key, AnswerRow.DONT_KNOW, false);
        }
        long v = Math.round(clamp(latent, min, max));
        return new AnswerRow(id, wave, key, Long.toString(v), false);
    }

    private static void addRatings(SplittableRandom r, CaseRow c, double improvement, List<RatingRow> out) {
        LocalDate end = c.endDate() == null ? PERIOD_TO : c.endDate();
        double[] base = {2.2 + 0.6 * gaussian(r), 2.6 + 0.6 * gaussian(r), 2.5 + 0.6 * gaussian(r),
                2.4 + 0.6 * gaussian(r)};
        String[] keys = {"motivation", "vuxenrelation", "kamrater", "samarbete-hem"};
        record Point(String name, LocalDate date, double progress) {
        }
        List<Point> points = new ArrayList<>();
        points.add(new Point("START", c.startDate().plusDays(7), 0));
        if (!c.startDate().plusMonths(3).isAfter(end)) {
            points.add(new Point("M3", c.startDate().plusMonths(3), 0.4));
        }
        if (!c.startDate().plusMonths(6).isAfter(end)) {
            points.add(new Point("M6", c.startDate().plusMonths(6), 0.75));
        }
        if (c.ended()) {
            points.add(new Point("END", end, 1));
        }
        for (Point p : points) {
            if (r.nextDouble() < 0.08) {
                continue; // form not filled in
            }
            for (int i = 0; i < keys.length; i++) {
                double v = base[i] + improvement * 2.2 * p.progress() + 0.5 * gaussian(r);
                out.add(new RatingRow(c.caseId(), p.name(), p.date(), keys[i], (int) Math.round(clamp(v, 1, 5))));
            }
        }
    }

    private static List<FocusGroupSessionRow> sessions(SplittableRandom r, List<String> schools) {
        List<FocusGroupSessionRow> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<ParticipantRole, Integer> p = new EnumMap<>(ParticipantRole.class);
            boolean parents = i % 3 != 2;
            if (parents) {
                p.put(ParticipantRole.PARENT, 3 + r.nextInt(5));
            }
            p.put(ParticipantRole.SCHOOL_STAFF, (parents ? 1 : 3) + r.nextInt(3));
            if (r.nextDouble() < 0.4) {
                p.put(ParticipantRole.BUP, 1);
            }
            if (r.nextDouble() < 0.5) {
                p.put(ParticipantRole.SOCIAL_SERVICES, 1 + r.nextInt(2));
            }
            p.put(ParticipantRole.PROJECT_STAFF, 1 + r.nextInt(2));
            String school = i % 4 == 3 ? null : schools.get(r.nextInt(schools.size()));
            out.add(new FocusGroupSessionRow("FG-" + (i + 1), LocalDate.of(2025, 10, 7).plusWeeks(3L * i),
                    school, school == null ? DISTRICTS[i % DISTRICTS.length] : null, p));
        }
        return out;
    }

    private static List<ThemeRow> themes() {
        return List.of(
                new ThemeRow("Kontakt mellan hem och skola", 41, 11),
                new ThemeRow("Vägen tillbaka efter lång frånvaro", 33, 9),
                new ThemeRow("Anpassningar i undervisningen", 27, 8),
                new ThemeRow("Elevhälsans roll", 22, 7),
                new ThemeRow("Kamrater och trygghet", 18, 6),
                new ThemeRow("Samverkan med socialtjänst och BUP", 15, 5),
                new ThemeRow("Projektets arbetssätt", 14, 6),
                new ThemeRow("Skolstart och mottagande", 9, 4));
    }

    /** Quotes: the non-quotable ones contain details that must never reach a report. */
    static List<QuoteRow> quotes() {
        return List.of(
                new QuoteRow("Det var första gången någon från skolan ringde för att berätta något bra.",
                        ParticipantRole.PARENT, "Kontakt mellan hem och skola", true),
                new QuoteRow("Vi började med en timme om dagen, och efter jul var hon där hela förmiddagarna.",
                        ParticipantRole.PARENT, "Vägen tillbaka efter lång frånvaro", true),
                new QuoteRow("Att ha en fast person att gå till på morgonen gjorde hela skillnaden.",
                        ParticipantRole.SCHOOL_STAFF, "Anpassningar i undervisningen", true),
                new QuoteRow("Vi pratar med familjen innan problemen har vuxit sig stora, inte efteråt.",
                        ParticipantRole.PROJECT_STAFF, "Projektets arbetssätt", true),
                new QuoteRow("Samordningen med BUP tog för lång tid, vi väntade i flera månader.",
                        ParticipantRole.SOCIAL_SERVICES, "Samverkan med socialtjänst och BUP", true),
                new QuoteRow("Min son på Ängsskolan i 8B, han som bor på Storgatan, blev mobbad av två killar.",
                        ParticipantRole.PARENT, "Kamrater och trygghet", false),
                new QuoteRow("Elevhälsan fanns där, men man måste veta vem man ska fråga.",
                        ParticipantRole.PARENT, "Elevhälsans roll", true),
                new QuoteRow("Hans pappa sitter i fängelse och mamman dricker, det vet alla på skolan.",
                        ParticipantRole.SCHOOL_STAFF, "Kontakt mellan hem och skola", false),
                new QuoteRow("Schemat anpassades så att dagen började med något hon tyckte om.",
                        ParticipantRole.SCHOOL_STAFF, "Anpassningar i undervisningen", true),
                new QuoteRow("Det första mötet kändes som ett förhör, det andra som ett samtal.",
                        ParticipantRole.PARENT, "Skolstart och mottagande", true),
                new QuoteRow("Flickan med diagnosen i sexan har slutat helt igen, ni vet vem jag menar.",
                        ParticipantRole.PROJECT_STAFF, "Vägen tillbaka efter lång frånvaro", false),
                new QuoteRow("Kamraterna saknade honom mer än vi förstod, och det sa de till honom.",
                        ParticipantRole.SCHOOL_STAFF, "Kamrater och trygghet", true));
    }

    private static final String[] FREE_TEXTS = {
            "Tack för att ni lyssnade på oss.",
            "Mer stöd på morgonen skulle hjälpa, det är då det är svårast.",
            "Det har blivit mycket bättre sedan hon fick en egen kontaktperson.",
            "Vi hade önskat att det gick snabbare att få hjälp.",
            "Han säger att han \"äntligen\" vill gå till skolan, det trodde vi aldrig.",
            "Bra möten, men för många olika personer att hålla reda på."};
    /** Answers to a question that does not allow its answers in reports. */
    static final String[] PRIVATE_TEXTS = {
            "Ring mig helst efter klockan 17, numret står i journalen.",
            "Pappan får inte veta något om det här."};

    static List<ItemDefinition> enquiryItems() {
        return List.of(
                item("trivsel", ItemKind.LIKERT, "Mitt barn trivs i skolan", "My child enjoys school", 1, 5,
                        scaleEnds("Stämmer inte alls", "Does not agree at all", "Stämmer helt", "Fully agrees", 1, 5)),
                item("kontakt-skola", ItemKind.LIKERT, "Jag har en bra kontakt med skolan",
                        "I have good contact with the school", 1, 5,
                        scaleEnds("Stämmer inte alls", "Does not agree at all", "Stämmer helt", "Fully agrees", 1, 5)),
                item("oro", ItemKind.LIKERT, "Jag känner oro för mitt barns skolgång",
                        "I worry about my child’s schooling", 1, 5,
                        scaleEnds("Stämmer inte alls", "Does not agree at all", "Stämmer helt", "Fully agrees", 1, 5)),
                item("mabra", ItemKind.RATING, "Hur mår ditt barn just nu? (0–10)",
                        "How is your child feeling right now? (0–10)", 0, 10, List.of()),
                item("elevhalsa", ItemKind.YES_NO, "Har ni haft kontakt med elevhälsan den senaste månaden?",
                        "Have you been in contact with the pupil health team in the last month?", null, null,
                        List.of()),
                item("viktigast-stod", ItemKind.CHOICE, "Vilket stöd har varit viktigast?",
                        "Which support has mattered most?", null, null, List.of(
                                choice("mentor", "Mentor eller lärare", "Mentor or teacher"),
                                choice("elevhalsa", "Elevhälsan", "Pupil health team"),
                                choice("socialtjanst", "Socialtjänsten", "Social services"),
                                choice("bup", "BUP", "Child psychiatry (BUP)"),
                                choice("annat", "Annat", "Other"))),
                item("dagar-hemma", ItemKind.NUMBER, "Hur många skoldagar var ditt barn hemma förra månaden?",
                        "How many school days was your child at home last month?", null, null, List.of()),
                item("berattelse", ItemKind.TEXT, "Vill du berätta något mer?", "Anything else you want to tell us?",
                        null, null, List.of()),
                item("till-projektet", ItemKind.TEXT, "Något du vill att projektet ska veta (visas inte i rapporter)",
                        "Something the project should know (not shown in reports)", null, null, List.of()));
    }

    static List<ItemDefinition> ratingItems() {
        return List.of(
                item("motivation", ItemKind.LIKERT, "Elevens motivation för skolarbetet",
                        "The pupil’s motivation for school work", 1, 5, List.of()),
                item("vuxenrelation", ItemKind.LIKERT, "Elevens relation till minst en vuxen i skolan",
                        "The pupil’s relationship with at least one adult at school", 1, 5, List.of()),
                item("kamrater", ItemKind.LIKERT, "Elevens relationer till kamrater",
                        "The pupil’s relationships with peers", 1, 5, List.of()),
                item("samarbete-hem", ItemKind.LIKERT, "Samarbetet med hemmet", "Cooperation with the home", 1, 5,
                        List.of()));
    }

    private static ItemDefinition item(String key, ItemKind kind, String sv, String en, Integer min, Integer max,
                                       List<ItemDefinition.Choice> choices) {
        return new ItemDefinition(key, kind, Map.of("sv", sv, "en", en), min, max, choices);
    }

    private static List<ItemDefinition.Choice> scaleEnds(String lowSv, String lowEn, String highSv, String highEn,
                                                         int low, int high) {
        return List.of(choice(Integer.toString(low), lowSv, lowEn), choice(Integer.toString(high), highSv, highEn));
    }

    private static ItemDefinition.Choice choice(String value, String sv, String en) {
        return new ItemDefinition.Choice(value, Map.of("sv", sv, "en", en));
    }

    private static String caseCode(SplittableRandom r) {
        return CaseCode.random(r).value();
    }


    private static double gaussian(SplittableRandom r) {
        return r.nextGaussian();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
