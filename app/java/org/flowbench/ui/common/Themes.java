package org.flowbench.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Switches the AtlantaFX user-agent stylesheet; every open window follows. */
public final class Themes {
    private Themes() {}

    public static void apply(boolean dark) {
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same sheet again restyles every node for nothing; that takes seconds in software rendering.
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(stylesheet);
    }
}
