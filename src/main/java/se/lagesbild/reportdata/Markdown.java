package se.lagesbild.reportdata;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The report's texts are Markdown (commonmark-java): rendered as HTML for the editor's preview and
 * the slides (raw HTML in the text is escaped, unsafe links are dropped), and as blocks of styled
 * runs for the PDF and the DOCX.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    /** A run of text and how it is set. */
    public record Run(String text, boolean bold, boolean italic) {}

    /** A paragraph, a bullet (depth 0 for a top item) or a heading, with its runs. */
    public record Block(Type type, int depth, List<Run> runs) {

        public enum Type {
            PARAGRAPH,
            BULLET,
            HEADING
        }

        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /** Safe HTML of the text (raw HTML escaped). */
    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** The text's blocks in order, for documents that set text themselves. */
    public static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            int depth = -1;

            @Override
            public void visit(BulletList list) {
                depth++;
                visitChildren(list);
                depth--;
            }

            @Override
            public void visit(OrderedList list) {
                depth++;
                visitChildren(list);
                depth--;
            }

            @Override
            public void visit(Heading heading) {
                blocks.add(new Block(Block.Type.HEADING, 0, runs(heading)));
            }

            @Override
            public void visit(Paragraph paragraph) {
                boolean item = paragraph.getParent() instanceof ListItem;
                blocks.add(new Block(
                        item ? Block.Type.BULLET : Block.Type.PARAGRAPH, Math.max(depth, 0), runs(paragraph)));
            }
        });
        return blocks;
    }

    private static List<Run> runs(Node parent) {
        List<Run> runs = new ArrayList<>();
        collect(parent, false, false, runs);
        return runs;
    }

    private static void collect(Node node, boolean bold, boolean italic, List<Run> runs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> runs.add(new Run(text.getLiteral(), bold, italic));
                case Code code -> runs.add(new Run(code.getLiteral(), bold, italic));
                case SoftLineBreak ignored -> runs.add(new Run(" ", bold, italic));
                case HardLineBreak ignored -> runs.add(new Run("\n", bold, italic));
                case StrongEmphasis strong -> collect(strong, true, italic, runs);
                case Emphasis emphasis -> collect(emphasis, bold, true, runs);
                default -> collect(child, bold, italic, runs);
            }
        }
    }
}
