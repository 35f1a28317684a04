package org.flowbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.flowbench.ui.Shortcut;
import org.junit.jupiter.api.Test;

/** The guide as packed into the jar: every link and picture it shows leads somewhere, every shortcut is listed. */
class GuidePagesTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void everyLinkOfThePackedPagesReachesAPageAndHeadingThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(GuidePages.HOME));
        while (!pending.isEmpty()) {
            String page = pending.remove(0);
            if (!seen.add(page)) continue;
            Node doc = PARSER.parse(GuidePages.read(page));
            for (String destination : links(doc)) {
                GuideLink link = GuideLink.parse(destination);
                if (link.kind() == GuideLink.Kind.EXTERNAL) continue;
                String target = link.kind() == GuideLink.Kind.PAGE ? link.page() : page;
                if (link.kind() == GuideLink.Kind.PAGE && !target.endsWith(".md")) {
                    if (GuidePages.picture(target).isEmpty()) broken.add(page + " -> " + destination);
                    continue;
                }
                try {
                    if (link.anchor() != null && !anchors(PARSER.parse(GuidePages.read(target))).contains(link.anchor())) {
                        broken.add(page + " -> " + destination + " (no such heading)");
                    }
                    if (link.kind() == GuideLink.Kind.PAGE) pending.add(target);
                } catch (IOException e) {
                    broken.add(page + " -> " + destination + " (" + e.getMessage() + ")");
                }
            }
            for (String picture : pictures(doc)) {
                if (GuidePages.picture(picture).isEmpty()) broken.add(page + " -> picture " + picture);
            }
        }
        assertThat(seen).contains("user-guide.md", "filter-language.md", "table-import.md");
        assertThat(broken).isEmpty();
    }

    @Test
    void theGuideListsEveryKeyboardShortcutOfTheMenus() throws IOException {
        String guide = GuidePages.read(GuidePages.HOME);
        String table = guide.substring(guide.indexOf("## Keyboard shortcuts"));
        for (Shortcut shortcut : Shortcut.all()) {
            String keys = shortcut.keys().getDisplayText().replace("Shortcut+", "Ctrl+");
            assertThat(table).as("the shortcut %s (%s)", shortcut, keys).contains(keys.replace("Digit", ""));
        }
    }

    @Test
    void pagesOutsideTheGuideAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GuidePages.read("../pom.xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksAreSortedIntoPagesHeadingsAndAddresses() {
        assertThat(GuideLink.parse("filter-language.md#operators"))
                .isEqualTo(new GuideLink(GuideLink.Kind.PAGE, "filter-language.md", "operators", null));
        assertThat(GuideLink.parse("#explore")).isEqualTo(new GuideLink(GuideLink.Kind.ANCHOR, null, "explore", null));
        assertThat(GuideLink.parse("https://www.rfc-editor.org/rfc/rfc8955").kind()).isEqualTo(GuideLink.Kind.EXTERNAL);
        assertThat(GuideLink.slug("Workspaces and datasets")).isEqualTo("workspaces-and-datasets");
        assertThat(GuideLink.slug("Sizes (K, M, G) & `AS64500`")).isEqualTo("sizes-k-m-g--as64500");
    }

    private static List<String> links(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Link link) { out.add(link.getDestination()); }
        });
        return out;
    }

    private static List<String> pictures(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Image image) { out.add(image.getDestination()); }
        });
        return out;
    }

    private static Set<String> anchors(Node doc) {
        Set<String> out = new HashSet<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Heading heading) { out.add(GuideLink.slug(InlineFlow.plainText(heading))); }
        });
        return out;
    }
}
