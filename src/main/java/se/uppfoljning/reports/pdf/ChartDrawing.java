package se.uppfoljning.reports.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import se.uppfoljning.base.pdf.PdfFonts;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import se.uppfoljning.reports.EvaluationReport;

/**
 * Builds JFreeChart charts from the report's chart data and draws them as vectors onto any {@link Graphics2D}
 * (in the PDF: a template's graphics). Readable in greyscale: lines differ by dash pattern and marker shape, bars
 * by fill (white, hatched dark grey); colour is never the only cue. No rotated text (it would become outlines).
 */
public final class ChartDrawing {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Chart text is drawn with Noto Sans on both sides: AWT measures it with the same TrueType file that
     * {@link #FONTS} embeds in the PDF, so PdfGraphics2D does not stretch the spacing (as it did with AWT's
     * default sans serif measured against Helvetica), and no chart label is left in a non-embedded font.
     */
    private static final Font NOTO = awtFont();
    private static final Font LABEL = NOTO.deriveFont(Font.PLAIN, 8f);
    private static final Font LEGEND = NOTO.deriveFont(Font.PLAIN, 8f);
    /** Maps every AWT font of a chart to the embedded Noto Sans of the report. */
    public static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(Font font) {
            return font.isBold() ? PdfFonts.LATIN_BOLD : PdfFonts.LATIN;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return NOTO.deriveFont((float) size);
        }
    };
    private static final Color[] GREYS = {Color.BLACK, new Color(0x55, 0x55, 0x55), new Color(0x88, 0x88, 0x88),
            new Color(0x33, 0x33, 0x33)};
    private static final Stroke[] STROKES = {
            new BasicStroke(1.6f),
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 3}, 0),
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {1.5f, 2.5f}, 0),
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 3, 2, 3}, 0)};
    private static final Shape[] SHAPES = {
            new Rectangle2D.Double(-3, -3, 6, 6),
            triangle(),
            new Ellipse2D.Double(-3.2, -3.2, 6.4, 6.4),
            diamond()};

    private ChartDrawing() {
    }

    private static Font awtFont() {
        try (java.io.InputStream in = ChartDrawing.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.io.IOException | java.awt.FontFormatException | NullPointerException e) {
            throw new IllegalStateException("fonts/NotoSans-Regular.ttf cannot be read", e);
        }
    }

    public static void draw(EvaluationReport.Chart chart, Graphics2D g2, double width, double height) {
        JFreeChart jfc = chart.kind() == EvaluationReport.ChartKind.LINE ? line(chart) : bar(chart);
        jfc.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    }

    private static DefaultCategoryDataset dataset(EvaluationReport.Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> categories = chart.categories();
        for (EvaluationReport.Series s : chart.series()) {
            for (int i = 0; i < categories.size(); i++) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(v, s.name(), categories.get(i));
            }
        }
        return data;
    }

    private static JFreeChart line(EvaluationReport.Chart chart) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, GREYS[i % GREYS.length]);
            renderer.setSeriesStroke(i, STROKES[i % STROKES.length]);
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
            renderer.setSeriesShapesFilled(i, i % 2 == 0);
        }
        renderer.setDefaultLegendTextFont(LEGEND);
        return chart(chart, renderer);
    }

    private static JFreeChart bar(EvaluationReport.Chart chart) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new HatchedBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, i % 2 == 0 ? Color.WHITE : new Color(0x50, 0x50, 0x50));
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }
        renderer.setDefaultLegendTextFont(LEGEND);
        return chart(chart, renderer);
    }

    private static JFreeChart chart(EvaluationReport.Chart chart,
                                    org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(LABEL);
        x.setMaximumCategoryLabelLines(3);
        NumberAxis y = new NumberAxis(null);
        y.setTickLabelFont(LABEL);
        y.setRange(chart.lowerBound(), chart.upperBound());
        CategoryPlot plot = new CategoryPlot(dataset(chart), x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        JFreeChart jfc = new JFreeChart(null, null, plot, true);
        jfc.setBackgroundPaint(Color.WHITE);
        jfc.setAntiAlias(false);
        jfc.setTextAntiAlias(false);
        LegendTitle legend = jfc.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LEGEND);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return jfc;
    }

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -3.6);
        p.lineTo(3.4, 2.8);
        p.lineTo(-3.4, 2.8);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -3.8);
        p.lineTo(3.8, 0);
        p.lineTo(0, 3.8);
        p.lineTo(-3.8, 0);
        p.closePath();
        return p;
    }

    /** Flat bars; every second series is hatched with light diagonal lines, drawn as vectors. */
    private static final class HatchedBarPainter implements BarPainter {

        @Override
        public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                             RectangleEdge base) {
            g2.setPaint(renderer.getItemPaint(row, column));
            g2.fill(bar);
            if (row % 2 == 1) {
                Shape clip = g2.getClip();
                g2.clip(bar);
                g2.setPaint(new Color(0xDD, 0xDD, 0xDD));
                g2.setStroke(new BasicStroke(0.7f));
                double x0 = bar.getMinX();
                double y0 = bar.getMinY();
                double h = bar.getHeight();
                for (double d = -h; d < bar.getWidth(); d += 4) {
                    g2.draw(new java.awt.geom.Line2D.Double(x0 + d, y0 + h, x0 + d + h, y0));
                }
                g2.setClip(clip);
            }
            g2.setPaint(renderer.getItemOutlinePaint(row, column));
            g2.setStroke(renderer.getItemOutlineStroke(row, column));
            g2.draw(bar);
        }

        @Override
        public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                                   RectangleEdge base, boolean pegShadow) {
            // no shadows
        }
    }
}
