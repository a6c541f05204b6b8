package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Chart;
import se.uppfoljning.reports.EvaluationReport.ChartKind;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Quote;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Series;
import se.uppfoljning.reports.EvaluationReport.Subheading;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.disclosure.CellSuppression;
import se.uppfoljning.reports.disclosure.PairedChanges;
import se.uppfoljning.reports.disclosure.LinkedCounts;
import se.uppfoljning.reports.stats.Descriptive;
import se.uppfoljning.reports.stats.McNemar;
import se.uppfoljning.reports.stats.McNemarResult;
import se.uppfoljning.reports.stats.PairedWilcoxon;
import se.uppfoljning.reports.stats.WilcoxonResult;

/**
 * One respondent group's questionnaire: response rate per wave, each item's answers at START and END, and the paired
 * START/END analysis on the cases that answered both ("don't know" and a pupil's "I don't want to answer" left out
 * everywhere). The parents' enquiries and the pupils' own questionnaire (issue #16) are built by the same code, so
 * they get the same tests (Wilcoxon, McNemar) and the same suppression; the pupils' section also sets their answers
 * beside the parents' on the analysis keys both questionnaires share.
 */
final class EnquirySection {

    /** At most this many free-text answers per question are quoted. */
    static final int MAX_FREE_TEXTS = 10;

    /**
     * Who answered: where their items, answers and invitations are in the input, which section and table ids they
     * get, and the prefix of their own texts ({@code reports.enquiries.*} for parents, {@code reports.pupils.*} for
     * pupils; texts that do not name the respondent are shared under {@code reports.enquiries.*}).
     */
    enum Respondent {
        PARENT(EvaluationReport.SectionId.ENQUIRIES, "enquiries", "reports.enquiries."),
        PUPIL(EvaluationReport.SectionId.PUPILS, "pupils", "reports.pupils.");

        final EvaluationReport.SectionId section;
        final String tables;
        final String texts;

        Respondent(EvaluationReport.SectionId section, String tables, String texts) {
            this.section = section;
            this.tables = tables;
            this.texts = texts;
        }

        List<ItemDefinition> items(ReportInput input) {
            return this == PARENT ? input.enquiryItems() : input.pupilItems();
        }

        List<AnswerRow> answers(ReportInput input) {
            return this == PARENT ? input.answers() : input.pupilAnswers();
        }

        /** Parents' invitations; pupils' codes, whose statuses follow the invitations' rule. */
        List<InvitationRow> invitations(ReportInput input) {
            return this == PARENT ? input.invitations() : input.pupilCodes();
        }

        String key(String name) {
            return texts + name;
        }
    }

    private EnquirySection() {
    }

    /** Invited (not revoked) and submitted parents per wave, for all cases or for a group of cases. */
    static long[] response(ReportContext ctx, Wave wave, Predicate<CaseRow> group) {
        return response(ctx, Respondent.PARENT, wave, group);
    }

    /** Invited (not revoked) and submitted per wave of one respondent group, for all cases or a group of cases. */
    static long[] response(ReportContext ctx, Respondent who, Wave wave, Predicate<CaseRow> group) {
        long invited = 0;
        long submitted = 0;
        for (InvitationRow i : who.invitations(ctx.input)) {
            CaseRow c = ctx.casesById.get(i.caseId());
            if (i.wave() != wave || c == null || !group.test(c) || i.status() == InvitationRow.Status.REVOKED) {
                continue;
            }
            invited++;
            if (i.status() == InvitationRow.Status.SUBMITTED) {
                submitted++;
            }
        }
        return new long[] {invited, submitted};
    }

    /** The parents' enquiry section. */
    static Section build(ReportContext ctx, ReportFindings findings) {
        return build(ctx, findings, Respondent.PARENT);
    }

    /**
     * The section of one respondent group. Only the parents' figures go to {@code findings} (the summary speaks of
     * the parents' enquiries); the pupils' section adds the side-by-side tables of the shared analysis keys.
     */
    static Section build(ReportContext ctx, ReportFindings parentFindings, Respondent who) {
        ReportFindings findings = who == Respondent.PARENT ? parentFindings : new ReportFindings();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(ctx.t(who.key("intro"))));
        blocks.add(responseTable(ctx, findings, who));

        Map<String, EnumMap<Wave, Map<Long, String>>> answers = answers(ctx, who).byItem();
        List<Row> wilcoxonRows = new ArrayList<>();
        List<Row> mcnemarRows = new ArrayList<>();
        List<Row> numberRows = new ArrayList<>();
        List<Block> itemBlocks = new ArrayList<>();
        for (ItemDefinition item : who.items(ctx.input)) {
            EnumMap<Wave, Map<Long, String>> byWave = answers.getOrDefault(item.analysisKey(),
                    new EnumMap<>(Wave.class));
            Map<Long, String> start = byWave.getOrDefault(Wave.START, Map.of());
            Map<Long, String> end = byWave.getOrDefault(Wave.END, Map.of());
            String text = item.text(ctx.locale);
            switch (item.kind()) {
                case LIKERT, RATING, YES_NO, CHOICE -> {
                    itemBlocks.add(new Subheading(text));
                    itemBlocks.addAll(distribution(ctx, who, item, start, end));
                    if (item.kind() == ItemKind.YES_NO) {
                        mcnemarRows.add(mcnemarRow(ctx, text, start, end, findings));
                    } else if (item.kind() != ItemKind.CHOICE) {
                        wilcoxonRows.add(wilcoxonRow(ctx, text, start, end, findings, true));
                    }
                }
                case NUMBER -> {
                    numberRows.add(numberRow(ctx, text, start, end));
                    wilcoxonRows.add(wilcoxonRow(ctx, text, start, end, findings, false));
                }
                case TEXT -> itemBlocks.addAll(freeTexts(ctx, who, item));
            }
        }
        blocks.addAll(itemBlocks);
        if (!numberRows.isEmpty()) {
            blocks.add(new Subheading(ctx.t("reports.enquiries.numbers-heading")));
            blocks.add(new Table(who.tables + "/numbers", ctx.t("reports.enquiries.numbers-caption"),
                    List.of(ctx.t("reports.table.item"), ctx.t("reports.enquiries.start-n"),
                            ctx.t("reports.enquiries.start-median"), ctx.t("reports.enquiries.end-n"),
                            ctx.t("reports.enquiries.end-median")), numberRows, ctx.notes(numberRows, ctx.n)));
        }
        blocks.add(new Subheading(ctx.t("reports.enquiries.paired-heading")));
        blocks.add(new Paragraph(ctx.t(who.key("paired-intro"), ctx.fmt.count(ctx.n))));
        if (!wilcoxonRows.isEmpty()) {
            blocks.add(new Table(who.tables + "/wilcoxon", ctx.t("reports.enquiries.wilcoxon-caption"),
                    List.of(ctx.t("reports.table.item"), ctx.t("reports.stats.pairs"),
                            ctx.t("reports.stats.median-change"), ctx.t("reports.stats.w"),
                            ctx.t("reports.stats.p"), ctx.t("reports.stats.r"), ctx.t("reports.stats.method")),
                    wilcoxonRows, ctx.notes(wilcoxonRows, ctx.n, ctx.t("reports.enquiries.wilcoxon-note"))));
        }
        if (!mcnemarRows.isEmpty()) {
            blocks.add(new Table(who.tables + "/mcnemar", ctx.t("reports.enquiries.mcnemar-caption"),
                    List.of(ctx.t("reports.table.item"), ctx.t("reports.stats.pairs"),
                            ctx.t("reports.stats.yes-to-no"), ctx.t("reports.stats.no-to-yes"),
                            ctx.t("reports.stats.p")),
                    mcnemarRows, ctx.notes(mcnemarRows, ctx.n, ctx.t("reports.enquiries.mcnemar-note"))));
        }
        if (who == Respondent.PUPIL) {
            blocks.addAll(sideBySide(ctx, answers));
        }
        return new Section(who.section, ctx.t(who.key("heading")), blocks);
    }

    private static Table responseTable(ReportContext ctx, ReportFindings findings, Respondent who) {
        List<Row> rows = new ArrayList<>();
        for (Wave wave : Wave.values()) {
            long[] r = response(ctx, who, wave, c -> true);
            Cell invited = ctx.small(r[0]) ? Cell.hidden() : ctx.count(r[0]);
            // the rate next to its base is the number of respondents (and of non-respondents): both must be safe
            Cell rate = ctx.safeShare(r[1], r[0]);
            if (rate.value() != null) {
                double share = (double) r[1] / r[0];
                if (wave == Wave.START) {
                    findings.responseStart = share;
                } else {
                    findings.responseEnd = share;
                }
            }
            rows.add(new Row(List.of(Cell.label(ctx.waveLabel(wave)), invited, rate), false));
        }
        return new Table(who.tables + "/response", ctx.t(who.key("response-caption")),
                List.of(ctx.t("reports.enquiries.wave"), ctx.t(who.key("invited")),
                        ctx.t("reports.enquiries.response-rate")), rows,
                ctx.notes(rows, ctx.n, ctx.t(who.key("response-note"))));
    }

    /**
     * One respondent group's answers that count ("don't know", declined and answers of unknown cases left out),
     * gathered in one pass per report: by analysis key in input order, and per item, wave and case (the last answer).
     */
    record Answers(Map<String, List<AnswerRow>> rowsByKey, Map<String, EnumMap<Wave, Map<Long, String>>> byItem) {
    }

    /** The group's {@link Answers}, made on first use and kept in the context (both sections read the parents'). */
    private static Answers answers(ReportContext ctx, Respondent who) {
        Answers known = ctx.enquiryAnswers.get(who);
        if (known != null) {
            return known;
        }
        Map<String, List<AnswerRow>> rowsByKey = new HashMap<>();
        Map<String, EnumMap<Wave, Map<Long, String>>> byItem = new HashMap<>();
        for (AnswerRow a : who.answers(ctx.input)) {
            if (a.dontKnow() || !ctx.casesById.containsKey(a.caseId())) {
                continue;
            }
            rowsByKey.computeIfAbsent(a.analysisKey(), k -> new ArrayList<>()).add(a);
            byItem.computeIfAbsent(a.analysisKey(), k -> new EnumMap<>(Wave.class))
                    .computeIfAbsent(a.wave(), k -> new HashMap<>()).put(a.caseId(), a.value().strip());
        }
        Answers answers = new Answers(rowsByKey, byItem);
        ctx.enquiryAnswers.put(who, answers);
        return answers;
    }

    /** The categories an item is counted in, with their labels, in display order. */
    static LinkedHashMap<String, String> categories(ReportContext ctx, ItemDefinition item) {
        LinkedHashMap<String, String> cats = new LinkedHashMap<>();
        switch (item.kind()) {
            case LIKERT, RATING -> {
                for (int v = item.scaleMin(); v <= item.scaleMax(); v++) {
                    String value = Integer.toString(v);
                    String label = item.valueLabel(value, ctx.locale);
                    cats.put(value, label.equals(value) ? value : value + " " + label);
                }
            }
            case YES_NO -> {
                cats.put(AnswerRow.YES, ctx.t("reports.answer.yes"));
                cats.put(AnswerRow.NO, ctx.t("reports.answer.no"));
            }
            case CHOICE -> item.choices().forEach(c -> cats.put(c.value(), c.label(ctx.locale)));
            default -> {
            }
        }
        return cats;
    }

    /**
     * An item's START and END counts per category, suppressed together as one table. Computed the same way for the
     * item's own table and for the side-by-side table, so both show exactly the same cells.
     */
    private record Distribution(LinkedHashMap<String, String> cats, List<String> values, LinkedCounts lc,
                                CellSuppression.Result r, LinkedCounts.OneWay s, LinkedCounts.OneWay e) {

        static Distribution of(ReportContext ctx, ItemDefinition item, Map<Long, String> start,
                               Map<Long, String> end) {
            LinkedHashMap<String, String> cats = categories(ctx, item);
            List<String> values = new ArrayList<>(cats.keySet());
            LinkedCounts lc = new LinkedCounts();
            LinkedCounts.OneWay s = lc.addOneWay(countIn(values, start));
            LinkedCounts.OneWay e = lc.addOneWay(countIn(values, end));
            return new Distribution(cats, values, lc, CellSuppression.suppress(lc, ctx.n), s, e);
        }

        /** The share of a category (its index, or -1 for none) in a wave's respondents, as the item table prints it. */
        Cell share(ReportContext ctx, LinkedCounts.OneWay wave, int index) {
            if (index < 0) {
                return Cell.empty();
            }
            int cell = wave.parts()[index];
            if (r.isHidden(cell) || r.isHidden(wave.total())) {
                return Cell.hidden();
            }
            return lc.value(wave.total()) == 0 ? Cell.empty()
                    : ctx.percent((double) lc.value(cell) / lc.value(wave.total()));
        }

        Cell respondents(ReportContext ctx, LinkedCounts.OneWay wave) {
            return r.isHidden(wave.total()) ? Cell.hidden() : ctx.count(lc.value(wave.total()));
        }
    }

    private static List<Block> distribution(ReportContext ctx, Respondent who, ItemDefinition item,
                                            Map<Long, String> start, Map<Long, String> end) {
        Distribution d = Distribution.of(ctx, item, start, end);
        LinkedHashMap<String, String> cats = d.cats();
        List<String> values = d.values();
        LinkedCounts lc = d.lc();
        LinkedCounts.OneWay s = d.s();
        LinkedCounts.OneWay e = d.e();
        CellSuppression.Result r = d.r();
        List<Row> rows = new ArrayList<>();
        List<Double> startShares = new ArrayList<>();
        List<Double> endShares = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.label(cats.get(values.get(i))));
            startShares.add(addCountAndShare(ctx, cells, lc, r, s.parts()[i], s.total()));
            endShares.add(addCountAndShare(ctx, cells, lc, r, e.parts()[i], e.total()));
            rows.add(new Row(cells, false));
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.label(ctx.t("reports.enquiries.respondents")));
        addCountAndShare(ctx, total, lc, r, s.total(), s.total());
        addCountAndShare(ctx, total, lc, r, e.total(), e.total());
        rows.add(new Row(total, true));
        String id = who.tables + "/item/" + item.analysisKey();
        Table table = new Table(id, ctx.t("reports.enquiries.item-caption"),
                List.of(ctx.t("reports.enquiries.answer"), ctx.t("reports.enquiries.start-n"),
                        ctx.t("reports.enquiries.start-share"), ctx.t("reports.enquiries.end-n"),
                        ctx.t("reports.enquiries.end-share")), rows, ctx.notes(rows, ctx.n));
        List<String> labels = values.stream().map(cats::get).toList();
        String alt = chartAlternative(ctx, labels, startShares, endShares,
                r.isHidden(s.total()) ? null : lc.value(s.total()), r.isHidden(e.total()) ? null : lc.value(e.total()));
        Chart chart = new Chart("chart/" + id, ChartKind.BAR, ctx.t("reports.enquiries.item-chart-title"),
                ctx.t("reports.chart.percent-axis"), labels,
                List.of(new Series(ctx.waveLabel(Wave.START), startShares),
                        new Series(ctx.waveLabel(Wave.END), endShares)), 0, 100, alt);
        return List.of(table, chart);
    }

    private static long[] countIn(List<String> values, Map<Long, String> answers) {
        Map<String, Integer> index = new HashMap<>(); // as values.indexOf, without a scan per answer
        for (int i = 0; i < values.size(); i++) {
            index.putIfAbsent(values.get(i), i);
        }
        long[] counts = new long[values.size()];
        for (String v : answers.values()) {
            Integer i = index.get(v);
            if (i != null) {
                counts[i]++;
            }
        }
        return counts;
    }

    /** Adds the count and share cells; returns the share in percent for the chart, or null if not shown. */
    private static Double addCountAndShare(ReportContext ctx, List<Cell> cells, LinkedCounts lc,
                                           CellSuppression.Result r, int cell, int total) {
        if (r.isHidden(cell) || r.isHidden(total)) {
            cells.add(Cell.hidden());
            cells.add(Cell.hidden());
            return null;
        }
        cells.add(ctx.count(lc.value(cell)));
        if (lc.value(total) == 0) {
            cells.add(Cell.empty());
            return null;
        }
        double share = (double) lc.value(cell) / lc.value(total);
        cells.add(ctx.percent(share));
        return share * 100;
    }

    private static String chartAlternative(ReportContext ctx, List<String> labels, List<Double> start,
                                           List<Double> end, Long startN, Long endN) {
        int s = argMax(start);
        int e = argMax(end);
        if (s < 0 || e < 0 || startN == null || endN == null) {
            return ctx.t("reports.enquiries.chart-alt-partial");
        }
        return ctx.t("reports.enquiries.chart-alt", ctx.fmt.count(startN), ctx.fmt.count(endN), labels.get(s),
                ctx.fmt.percent(start.get(s) / 100), labels.get(e), ctx.fmt.percent(end.get(e) / 100));
    }

    private static int argMax(List<Double> values) {
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && (best < 0 || values.get(i) > values.get(best))) {
                best = i;
            }
        }
        return best;
    }

    /** START and END values of the cases that gave a numeric answer at both, in case-id order. */
    private static double[][] numericPairs(ReportContext ctx, Map<Long, String> start, Map<Long, String> end) {
        List<double[]> pairs = new ArrayList<>();
        start.keySet().stream().sorted().forEach(id -> {
            Double a = number(ctx, start.get(id));
            Double b = number(ctx, end.get(id));
            if (a != null && b != null) {
                pairs.add(new double[] {a, b});
            }
        });
        double[][] out = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[0][i] = pairs.get(i)[0];
            out[1][i] = pairs.get(i)[1];
        }
        return out;
    }

    /** The answer as a number, or null; parsed once per distinct text and build (100,000s of answers, few values). */
    private static Double number(ReportContext ctx, String value) {
        if (value == null) {
            return null;
        }
        Double n = ctx.parsedNumbers.computeIfAbsent(value, EnquirySection::parse);
        return n.isNaN() ? null : n;
    }

    /** The value as a number, NaN if it is none. */
    private static Double parse(String value) {
        // The same reading as the validator and the exports, so the PDF and the files never disagree (#13 item 15).
        java.math.BigDecimal n = se.uppfoljning.surveys.AnswerValidator.parseDecimal(value);
        return n == null ? Double.NaN : n.doubleValue();
    }

    /**
     * @param scale a scale item, whose changes take a few values: W, p and r are printed only if each group of
     *              equal changes is 0 or >= N; for other items, if the pairs that went up, down or nowhere are
     *              ({@link PairedChanges}, issue #12)
     */
    private static Row wilcoxonRow(ReportContext ctx, String text, Map<Long, String> start, Map<Long, String> end,
                                   ReportFindings findings, boolean scale) {
        double[][] pairs = numericPairs(ctx, start, end);
        int n = pairs[0].length;
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(text));
        if (n < ctx.n) {
            for (int i = 0; i < 6; i++) {
                cells.add(n == 0 && i == 0 ? ctx.count(0) : Cell.hidden());
            }
            return new Row(cells, false);
        }
        WilcoxonResult w = PairedWilcoxon.test(pairs[0], pairs[1]);
        cells.add(ctx.count(w.pairs()));
        cells.add(ctx.signed(w.medianChange(), 1));
        boolean changesSafe = scale ? PairedChanges.groupsPublishable(pairs[0], pairs[1], ctx.n)
                : PairedChanges.signsPublishable(pairs[0], pairs[1], ctx.n);
        if (!StatsRows.publishable(ctx, w) || !changesSafe) {
            for (int i = 0; i < 4; i++) {
                cells.add(Cell.hidden());
            }
            return new Row(cells, false);
        }
        findings.pairedItems++;
        if (w.p() < 0.05) {
            findings.pairedItemsSignificant++;
        }
        cells.add(StatsRows.w(ctx, w));
        cells.add(StatsRows.p(ctx, w));
        cells.add(StatsRows.r(ctx, w));
        cells.add(Cell.label(StatsRows.variant(ctx, w)));
        return new Row(cells, false);
    }

    private static Row mcnemarRow(ReportContext ctx, String text, Map<Long, String> start, Map<Long, String> end,
                                  ReportFindings findings) {
        List<Boolean> s = new ArrayList<>();
        List<Boolean> e = new ArrayList<>();
        start.keySet().stream().sorted().forEach(id -> {
            String a = start.get(id);
            String b = end.get(id);
            if (yesNo(a) && yesNo(b)) {
                s.add(AnswerRow.YES.equals(a));
                e.add(AnswerRow.YES.equals(b));
            }
        });
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(text));
        if (s.size() < ctx.n) {
            for (int i = 0; i < 4; i++) {
                cells.add(s.isEmpty() && i == 0 ? ctx.count(0) : Cell.hidden());
            }
            return new Row(cells, false);
        }
        boolean[] sa = new boolean[s.size()];
        boolean[] ea = new boolean[e.size()];
        for (int i = 0; i < sa.length; i++) {
            sa[i] = s.get(i);
            ea[i] = e.get(i);
        }
        McNemarResult m = McNemar.test(sa, ea);
        cells.add(ctx.count(m.pairs()));
        // b and c are counts of cases: both hidden if either is small, and so is p, which is a function of b and c
        // alone (issue #12: a p-value pins b and c down as well as the counts themselves); so are the unchanged
        int unchanged = m.pairs() - m.yesToNo() - m.noToYes();
        boolean small = ctx.small(m.yesToNo()) || ctx.small(m.noToYes()) || ctx.small(unchanged);
        cells.add(small ? Cell.hidden() : ctx.count(m.yesToNo()));
        cells.add(small ? Cell.hidden() : ctx.count(m.noToYes()));
        cells.add(small ? Cell.hidden() : Cell.number(m.p(), ctx.fmt.pValue(m.p())));
        if (!small) {
            findings.pairedItems++;
            if (m.p() < 0.05) {
                findings.pairedItemsSignificant++;
            }
        }
        return new Row(cells, false);
    }

    private static boolean yesNo(String v) {
        return AnswerRow.YES.equals(v) || AnswerRow.NO.equals(v);
    }

    private static Row numberRow(ReportContext ctx, String text, Map<Long, String> start, Map<Long, String> end) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.label(text));
        for (Map<Long, String> wave : List.of(start, end)) {
            List<Double> values = wave.values().stream().map(v -> number(ctx, v)).filter(v -> v != null)
                    .toList();
            if (values.isEmpty()) {
                cells.add(ctx.count(0));
                cells.add(Cell.empty());
            } else if (values.size() < ctx.n) {
                cells.add(Cell.hidden());
                cells.add(Cell.hidden());
            } else {
                cells.add(ctx.count(values.size()));
                cells.add(ctx.decimal(Descriptive.median(values), 1));
            }
        }
        return new Row(cells, false);
    }

    /**
     * Free-text answers, only those whose question allows them in reports, at most {@link #MAX_FREE_TEXTS}, and
     * only from a wave in which at least N cases answered the question (issue #12.3): three answers from three
     * respondents would be the respondents' own words, attributable to a group the tables hide.
     */
    private static List<Block> freeTexts(ReportContext ctx, Respondent who, ItemDefinition item) {
        List<Block> blocks = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Block> quotes = new ArrayList<>();
        EnumMap<Wave, Set<Long>> respondents = new EnumMap<>(Wave.class);
        // the item's answers that count, in input order
        List<AnswerRow> rows = answers(ctx, who).rowsByKey().getOrDefault(item.analysisKey(), List.of());
        for (AnswerRow a : rows) {
            respondents.computeIfAbsent(a.wave(), k -> new java.util.HashSet<>()).add(a.caseId());
        }
        boolean withheld = false;
        for (AnswerRow a : rows) {
            if (!a.freeTextAllowedInReports()) {
                continue;
            }
            if (respondents.get(a.wave()).size() < ctx.n) {
                withheld = true;
                continue;
            }
            String text = a.value().strip();
            if (seen.add(text) && quotes.size() < MAX_FREE_TEXTS) {
                quotes.add(new Quote(text, ctx.t(who.key("free-text-attribution"), ctx.waveLabel(a.wave()))));
            }
        }
        if (!quotes.isEmpty() || withheld) {
            blocks.add(new Subheading(item.text(ctx.locale)));
        }
        if (!quotes.isEmpty()) {
            blocks.add(new Paragraph(ctx.t("reports.enquiries.free-text-intro", ctx.fmt.count(MAX_FREE_TEXTS))));
            blocks.addAll(quotes);
        }
        if (withheld) {
            blocks.add(new Paragraph(ctx.t("reports.enquiries.free-text-withheld", ctx.fmt.count(ctx.n))));
        }
        return blocks;
    }

    /**
     * The pupils' answers beside the parents' on each analysis key both questionnaires have, with categories (issue
     * #16): per category the share at START and END of parents and of pupils, and the respondents. Every cell is
     * the cell the respondent group's own item table prints (the same {@link Distribution}, so the same suppression),
     * so the table shows nothing the two sections do not. Categories in the parents' order and labels; a pupil
     * category the parents' item does not have is only in the pupils' own table.
     */
    private static List<Block> sideBySide(ReportContext ctx, Map<String, EnumMap<Wave, Map<Long, String>>> pupils) {
        Map<String, ItemDefinition> parentItems = new HashMap<>();
        ctx.input.enquiryItems().forEach(i -> parentItems.put(i.analysisKey(), i));
        Map<String, EnumMap<Wave, Map<Long, String>>> parents = answers(ctx, Respondent.PARENT).byItem();
        List<Block> blocks = new ArrayList<>();
        for (ItemDefinition pupilItem : ctx.input.pupilItems()) {
            ItemDefinition parentItem = parentItems.get(pupilItem.analysisKey());
            if (parentItem == null || !List.of(ItemKind.LIKERT, ItemKind.RATING, ItemKind.YES_NO, ItemKind.CHOICE)
                    .contains(parentItem.kind()) || parentItem.kind() != pupilItem.kind()) {
                continue;
            }
            Distribution parent = distributionOf(ctx, parentItem, parents);
            Distribution pupil = distributionOf(ctx, pupilItem, pupils);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < parent.values().size(); i++) {
                int p = pupil.values().indexOf(parent.values().get(i));
                rows.add(new Row(List.of(Cell.label(parent.cats().get(parent.values().get(i))),
                        parent.share(ctx, parent.s(), i), parent.share(ctx, parent.e(), i),
                        pupil.share(ctx, pupil.s(), p), pupil.share(ctx, pupil.e(), p)), false));
            }
            rows.add(new Row(List.of(Cell.label(ctx.t("reports.enquiries.respondents")),
                    parent.respondents(ctx, parent.s()), parent.respondents(ctx, parent.e()),
                    pupil.respondents(ctx, pupil.s()), pupil.respondents(ctx, pupil.e())), true));
            if (blocks.isEmpty()) {
                blocks.add(new Subheading(ctx.t("reports.pupils.side-by-side-heading")));
                blocks.add(new Paragraph(ctx.t("reports.pupils.side-by-side-intro")));
            }
            blocks.add(new Paragraph(ctx.t("reports.pupils.side-by-side-item", parentItem.text(ctx.locale),
                    pupilItem.text(ctx.locale))));
            blocks.add(new Table("pupils/side-by-side/" + pupilItem.analysisKey(),
                    ctx.t("reports.pupils.side-by-side-caption"),
                    List.of(ctx.t("reports.enquiries.answer"), ctx.t("reports.pupils.parents-start"),
                            ctx.t("reports.pupils.parents-end"), ctx.t("reports.pupils.pupils-start"),
                            ctx.t("reports.pupils.pupils-end")), rows,
                    ctx.notes(rows, ctx.n, ctx.t("reports.pupils.side-by-side-note"))));
        }
        return blocks;
    }

    private static Distribution distributionOf(ReportContext ctx, ItemDefinition item,
                                               Map<String, EnumMap<Wave, Map<Long, String>>> answers) {
        EnumMap<Wave, Map<Long, String>> byWave = answers.getOrDefault(item.analysisKey(), new EnumMap<>(Wave.class));
        return Distribution.of(ctx, item, byWave.getOrDefault(Wave.START, Map.of()),
                byWave.getOrDefault(Wave.END, Map.of()));
    }
}
