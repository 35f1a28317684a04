import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Flowbench's icon (a traffic chart with one flood spike on a blue tile) and writes it in
 * the three formats jpackage wants: PNG (Linux), ICO (Windows), ICNS (macOS), plus a small PNG
 * the window uses. Run once after changing the drawing and commit the outputs:
 * {@code java packaging/icon/IconMaker.java} from the project root.
 */
public final class IconMaker {
    /** Traffic per time step, 0..1: quiet, a flood, its tail. */
    private static final double[] TRAFFIC = {0.18, 0.22, 0.2, 0.26, 0.21, 0.24, 0.9, 0.82, 0.86, 0.4, 0.25, 0.2, 0.23};

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        ImageIO.write(draw(512), "png", root.resolve("packaging/linux/flowbench.png").toFile());
        ImageIO.write(draw(64), "png", root.resolve("app/resources/org/flowbench/ui/flowbench-64.png").toFile());
        Files.write(root.resolve("packaging/windows/flowbench.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        icns.put("ic10", 1024);
        Files.write(root.resolve("packaging/macos/flowbench.icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);

        g.setPaint(new GradientPaint(0, 0, new Color(0x2f6fe4), 0, 512, new Color(0x16358a)));
        g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 104, 104));

        double left = 80, right = 432, bottom = 400, top = 112;
        Path2D line = new Path2D.Double();
        for (int i = 0; i < TRAFFIC.length; i++) {
            double x = left + (right - left) * i / (TRAFFIC.length - 1);
            double y = bottom - (bottom - top) * TRAFFIC[i];
            if (i == 0) line.moveTo(x, y);
            else line.lineTo(x, y);
        }
        Path2D area = new Path2D.Double(line);
        area.lineTo(right, bottom);
        area.lineTo(left, bottom);
        area.closePath();
        g.setColor(new Color(255, 255, 255, 90));
        g.fill(area);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine((int) left, (int) bottom + 20, (int) right, (int) bottom + 20);
        g.dispose();
        return image;
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read them). */
    private static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) images.add(png(size));
        int offset = 6 + 16 * sizes.size();
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            head.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) out.write(image);
        return out.toByteArray();
    }

    /** ICNS: a big-endian header, then one PNG per OSType (ic07 = 128 px ... ic10 = 1024 px). */
    private static byte[] icns(Map<String, Integer> types) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        body.writeTo(file);
        return out.toByteArray();
    }
}
