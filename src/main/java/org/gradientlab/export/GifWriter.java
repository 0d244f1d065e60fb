package org.gradientlab.export;

import java.awt.image.BufferedImage;
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
 * An animated GIF written frame by frame with the JDK's own GIF writer: each frame carries its
 * delay (Graphic Control Extension), the first the NETSCAPE2.0 block that makes players loop.
 */
public final class GifWriter implements Closeable {

  private final ImageWriter writer;
  private final ImageOutputStream out;
  private final int delayCentiseconds;
  private boolean first = true;
  private int frames;

  public GifWriter(Path file, int delayMillis) throws IOException {
    writer = ImageIO.getImageWritersBySuffix("gif").next();
    Files.deleteIfExists(file);
    out = ImageIO.createImageOutputStream(file.toFile());
    writer.setOutput(out);
    writer.prepareWriteSequence(null);
    delayCentiseconds = Math.max(1, delayMillis / 10);
  }

  public void add(BufferedImage frame) throws IOException {
    BufferedImage rgb = frame;
    if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
      rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(frame, 0, 0, null);
    }
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOMetadata meta = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(rgb), param);
    String format = meta.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
    control.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode apps = child(root, "ApplicationExtensions");
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {0x1, 0, 0}); // loop forever
      apps.appendChild(app);
      first = false;
    }
    meta.setFromTree(format, root);
    writer.writeToSequence(new IIOImage(rgb, null, meta), param);
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
