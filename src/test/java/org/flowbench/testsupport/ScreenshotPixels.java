package org.flowbench.testsupport;

import java.awt.image.BufferedImage;

/** Pixel statistics that tell a real screenshot of the workbench from a blank or chartless one. */
public final class ScreenshotPixels {
    private ScreenshotPixels() {}

    /** Variance of the luminance over every other pixel: a blank picture has none. */
    public static double luminanceVariance(BufferedImage image) {
        double[] m = luminanceMoments(image);
        return m[1] - m[0] * m[0];
    }

    /** Mean luminance (0-255) over every other pixel: a dark theme's picture is low. */
    public static double meanLuminance(BufferedImage image) {
        return luminanceMoments(image)[0];
    }

    /** The mean of the luminance and the mean of its square, over every other pixel. */
    private static double[] luminanceMoments(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                squares += l * l;
                n++;
            }
        }
        return new double[] {sum / n, squares / n};
    }

    /** Share of clearly blue pixels: the translucent bits/s area of the chart (Primer accent blue). */
    public static double bluishShare(BufferedImage image) {
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int b = rgb & 0xff;
                if (b > 150 && b - r > 60) blue++;
            }
        }
        return (double) blue / ((long) image.getWidth() * image.getHeight());
    }
}
