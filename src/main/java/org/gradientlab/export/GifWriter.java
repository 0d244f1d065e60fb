package org.gradientlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer, in one {@link GifPalette}
 * for the whole animation. The first frame is written whole; every later one only as the rectangle
 * whose palette indices changed, the pixels inside it that kept theirs transparent (drawn over the
 * previous frame, disposal "none"): a heat map is sent once and the growing paths cost a few
 * hundred bytes a frame. A pixel whose colour moved keeps what it shows while that stays within
 * {@link #KEEP_WITHIN} of the truth; the dither's threshold depends only on the position, so
 * unchanged pixels keep their index by construction. Each
 * frame carries its delay (Graphic Control Extension), the first the NETSCAPE2.0 block that makes
 * players loop.
 */
public final class GifWriter implements Closeable {

  private final ImageWriter writer;
  private final ImageOutputStream out;
  private final int delayCentiseconds;
  private final GifPalette palette;
  private final IndexColorModel colours;
  /**
   * A pixel keeps the colour it shows while that stays this near its true colour (weighted squared
   * distance, {@link GifPalette#near}; 81 is about three levels in every channel, under what the
   * eye tells apart): a net's decision picture, which shifts a little everywhere at every step, is
   * then sent only where it really moved.
   */
  static final double KEEP_WITHIN = 81;

  /** The colours of the previous frame, and the palette index each pixel shows. */
  private int[] previous;
  private byte[] shown;
  private int width;
  private int height;
  private int frames;

  /** A GIF whose frames last {@code delayMillis} (rounded to 10 ms, at least 20 ms) each. */
  public GifWriter(Path file, int delayMillis, GifPalette palette) throws IOException {
    this.palette = palette;
    this.colours = colourModel(palette);
    writer = ImageIO.getImageWritersBySuffix("gif").next();
    Files.deleteIfExists(file);
    out = ImageIO.createImageOutputStream(file.toFile());
    writer.setOutput(out);
    writer.prepareWriteSequence(null);
    // Browsers draw delays under 20 ms as 100 ms: never write one.
    delayCentiseconds = Math.max(2, Math.round(delayMillis / 10f));
  }

  private static IndexColorModel colourModel(GifPalette p) {
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    int[] c = p.colours();
    for (int i = 0; i < c.length; i++) {
      r[i] = (byte) (c[i] >> 16);
      g[i] = (byte) (c[i] >> 8);
      b[i] = (byte) c[i];
    }
    return new IndexColorModel(8, 256, r, g, b, GifPalette.TRANSPARENT);
  }

  /** The next frame; every frame has the first one's size. */
  public void add(BufferedImage frame) throws IOException {
    int w = frame.getWidth();
    int h = frame.getHeight();
    int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
    if (previous != null && (w != width || h != height)) {
      throw new IllegalArgumentException("frame " + (frames + 1) + " is " + w + "×" + h + ", not "
          + width + "×" + height);
    }
    byte[] index = new byte[w * h];
    int x0 = w;
    int y0 = h;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int at = y * w + x;
        int c = rgb[at] & 0xFFFFFF;
        rgb[at] = c;
        if (previous == null) {
          index[at] = (byte) palette.index(x, y, c);
        } else if (previous[at] == c || palette.near(shown[at] & 0xFF, c, KEEP_WITHIN)) {
          index[at] = shown[at];
        } else {
          index[at] = (byte) palette.index(x, y, c);
        }
        if (previous != null && index[at] != shown[at]) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    if (previous == null) {
      width = w;
      height = h;
      write(index, 0, 0, w, h, null);
    } else if (x1 < 0) {
      write(index, 0, 0, 1, 1, shown); // nothing changed: one see-through pixel keeps the frame's time
    } else {
      write(index, x0, y0, x1 - x0 + 1, y1 - y0 + 1, shown);
    }
    previous = rgb;
    shown = index;
  }

  /**
   * The rectangle (x0, y0, w, h) of the frame's indices; with the indices shown before
   * ({@code before}, null for the first frame) the pixels that keep theirs see through.
   */
  private void write(byte[] index, int x0, int y0, int w, int h, byte[] before) throws IOException {
    boolean delta = before != null;
    BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, colours);
    byte[] data = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int at = (y0 + y) * width + x0 + x;
        data[y * w + x] = delta && index[at] == before[at] ? (byte) GifPalette.TRANSPARENT : index[at];
      }
    }
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed), param);
    String format = meta.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
    IIOMetadataNode descriptor = child(root, "ImageDescriptor");
    descriptor.setAttribute("imageLeftPosition", Integer.toString(x0));
    descriptor.setAttribute("imageTopPosition", Integer.toString(y0));
    descriptor.setAttribute("imageWidth", Integer.toString(w));
    descriptor.setAttribute("imageHeight", Integer.toString(h));
    descriptor.setAttribute("interlaceFlag", "FALSE");
    // The palette goes with every frame as its local table: the JDK writer's default is a table of
    // its own choosing, not this one.
    IIOMetadataNode table = child(root, "LocalColorTable");
    while (table.getLength() > 0) {
      table.removeChild(table.getFirstChild());
    }
    table.setAttribute("sizeOfLocalColorTable", "256");
    table.setAttribute("sortFlag", "FALSE");
    for (int i = 0; i < 256; i++) {
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString(colours.getRed(i)));
      entry.setAttribute("green", Integer.toString(colours.getGreen(i)));
      entry.setAttribute("blue", Integer.toString(colours.getBlue(i)));
      table.appendChild(entry);
    }
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "doNotDispose");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", delta ? "TRUE" : "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
    control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
    if (frames == 0) {
      IIOMetadataNode apps = child(root, "ApplicationExtensions");
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {0x1, 0, 0}); // loop forever
      apps.appendChild(app);
    }
    meta.setFromTree(format, root);
    writer.writeToSequence(new IIOImage(indexed, null, meta), param);
    frames++;
  }

  public int frames() {
    return frames;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.endWriteSequence();
    } finally {
      out.close();
      writer.dispose();
    }
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
