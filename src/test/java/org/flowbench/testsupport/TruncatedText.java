package org.flowbench.testsupport;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds the labels, buttons, combo cells and column headers JavaFX has cut short ("Sa...") under a
 * node, as laid out now: a control whose text does not fit is shown with an ellipsis, which a
 * screenshot shows but no id lookup does. {@link #under} runs on the FX thread.
 */
public final class TruncatedText {
    private TruncatedText() {}

    /** "shown ≠ full" for each visible labelled control under {@code root} whose text is cut. */
    public static List<String> under(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** {@link #under} read on the FX thread, from a test's thread. */
    public static List<String> onFxThread(Node root) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> under(root)));
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String full = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // the skin's LabeledText holds what is drawn: the full text or a clipped one (an icon
                // graphic is a Text too, hence the class name)
                if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")
                        && child.isVisible() && !full.equals(shown.getText())) {
                    out.add('"' + shown.getText() + "\" ≠ \"" + full + '"');
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) collect(child, out);
        }
    }
}
