package org.flowbench.ui.help;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * One guide page as JavaFX nodes: headings (with their anchors), paragraphs, lists, code,
 * tables and pictures. Enough Markdown for our docs, drawn with the theme's colours.
 */
public final class MarkdownView {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final VBox content = new VBox(10);
    private final Map<String, javafx.scene.Node> anchors = new LinkedHashMap<>();
    private final Consumer<String> onLink;

    private MarkdownView(Consumer<String> onLink) {
        this.onLink = onLink;
        content.getStyleClass().add("guide-page");
        content.setPadding(new Insets(16, 24, 24, 24));
    }

    /** Renders {@code markdown}; links call {@code onLink} with their destination. */
    public static MarkdownView render(String markdown, Consumer<String> onLink) {
        MarkdownView view = new MarkdownView(onLink);
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            view.content.getChildren().add(view.block(block));
        }
        return view;
    }

    public VBox content() { return content; }

    /** The headings by anchor (GitHub's slugs), in page order. */
    public Map<String, javafx.scene.Node> anchors() { return anchors; }

    private javafx.scene.Node block(Node node) {
        if (node instanceof Heading heading) return heading(heading);
        if (node instanceof Paragraph paragraph) return paragraph(paragraph);
        if (node instanceof BulletList || node instanceof OrderedList) return list(node);
        if (node instanceof FencedCodeBlock code) return code(code.getLiteral());
        if (node instanceof IndentedCodeBlock code) return code(code.getLiteral());
        if (node instanceof BlockQuote quote) return quote(quote);
        if (node instanceof ThematicBreak) return new Separator();
        if (node instanceof CustomBlock custom && custom instanceof TableBlock table) return table(table);
        return InlineFlow.of(node, onLink);
    }

    private javafx.scene.Node heading(Heading heading) {
        TextFlow flow = InlineFlow.of(heading, onLink, "guide-h" + Math.min(heading.getLevel(), 3));
        anchors.putIfAbsent(GuideLink.slug(InlineFlow.plainText(heading)), flow);
        return flow;
    }

    private javafx.scene.Node paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null) return picture(image);
        return InlineFlow.of(paragraph, onLink);
    }

    private javafx.scene.Node picture(Image image) {
        String alt = InlineFlow.plainText(image);
        return GuidePages.picture(image.getDestination()).<javafx.scene.Node>map(url -> {
            ImageView view = new ImageView(new javafx.scene.image.Image(url.toExternalForm(), 760, 0, true, true, true));
            view.getStyleClass().add("guide-picture");
            Label caption = new Label(alt);
            caption.getStyleClass().add("guide-caption");
            return new VBox(4, view, caption);
        }).orElseGet(() -> new Label("[picture not packed: " + alt + "]"));
    }

    private javafx.scene.Node list(Node list) {
        VBox items = new VBox(4);
        items.getStyleClass().add("guide-list");
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            marker.getStyleClass().add("guide-marker");
            marker.setMinWidth(22);
            VBox body = new VBox(4);
            if (item instanceof ListItem) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) body.getChildren().add(block(child));
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            items.getChildren().add(new HBox(4, marker, body));
        }
        return items;
    }

    private javafx.scene.Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("guide-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setWrapText(true);
        return code;
    }

    private javafx.scene.Node quote(BlockQuote quote) {
        VBox box = new VBox(6);
        box.getStyleClass().add("guide-quote");
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) box.getChildren().add(block(child));
        return box;
    }

    private javafx.scene.Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) continue;
                int column = 0;
                for (Node cell = r.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell)) continue;
                    TextFlow flow = head ? InlineFlow.of(cell, onLink, "guide-strong") : InlineFlow.of(cell, onLink);
                    VBox box = new VBox(flow);
                    box.getStyleClass().add(head ? "guide-table-head" : "guide-table-cell");
                    grid.add(box, column++, row);
                }
                row++;
            }
        }
        return grid;
    }
}
