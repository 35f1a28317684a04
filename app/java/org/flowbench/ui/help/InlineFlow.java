package org.flowbench.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/** The inline content of one paragraph, heading or table cell as a TextFlow of styled Text runs. */
final class InlineFlow extends AbstractVisitor {
    private final TextFlow flow = new TextFlow();
    private final List<String> styles = new ArrayList<>(List.of("guide-text"));
    private final Consumer<String> onLink;

    private InlineFlow(Consumer<String> onLink) {
        this.onLink = onLink;
        flow.getStyleClass().add("guide-flow");
    }

    /** The children of {@code parent} rendered as one flow; links call {@code onLink} with their destination. */
    static TextFlow of(Node parent, Consumer<String> onLink, String... extraStyles) {
        InlineFlow inline = new InlineFlow(onLink);
        inline.styles.addAll(List.of(extraStyles));
        inline.visitChildren(parent);
        return inline.flow;
    }

    /** The plain text of a node's inline children (for anchors and alt texts). */
    static String plainText(Node parent) {
        StringBuilder out = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override public void visit(org.commonmark.node.Text text) { out.append(text.getLiteral()); }
            @Override public void visit(Code code) { out.append(code.getLiteral()); }
        });
        return out.toString();
    }

    @Override public void visit(org.commonmark.node.Text text) { add(text.getLiteral()); }

    @Override public void visit(Code code) { styled("guide-code", () -> add(code.getLiteral())); }

    @Override public void visit(Emphasis emphasis) { styled("guide-em", () -> visitChildren(emphasis)); }

    @Override public void visit(StrongEmphasis strong) { styled("guide-strong", () -> visitChildren(strong)); }

    @Override public void visit(SoftLineBreak softLineBreak) { add(" "); }

    @Override public void visit(HardLineBreak hardLineBreak) { add("\n"); }

    @Override public void visit(HtmlInline html) { /* the guide is plain Markdown; inline HTML is not shown */ }

    @Override
    public void visit(Link link) {
        Hyperlink hyperlink = new Hyperlink(plainText(link));
        hyperlink.getStyleClass().add("guide-link");
        String destination = link.getDestination();
        hyperlink.setUserData(destination);
        hyperlink.setOnAction(e -> onLink.accept(destination));
        flow.getChildren().add(hyperlink);
    }

    @Override
    public void visit(Image image) {
        // pictures inside running text are rare; their alt text keeps the sentence readable
        add(plainText(image));
    }

    private void styled(String style, Runnable body) {
        styles.add(style);
        try {
            body.run();
        } finally {
            styles.remove(styles.size() - 1);
        }
    }

    private void add(String literal) {
        Text text = new Text(literal);
        text.getStyleClass().addAll(styles);
        flow.getChildren().add(text);
    }
}
