package org.gradientlab.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * A preferences node kept in one properties file: what the app remembers when it runs from a
 * portable folder ({@link org.gradientlab.app.UserFolders#HOME_PROPERTY}), so that nothing of it
 * goes to the system's own store. Only this node is written; child nodes live in memory.
 */
public final class FilePreferences extends AbstractPreferences {

  private final Path file;
  private final Map<String, String> values = new TreeMap<>();
  private final Map<String, FilePreferences> children = new HashMap<>();

  /** The node of {@code file}, read now if it exists. */
  public FilePreferences(Path file) {
    super(null, "");
    this.file = file;
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      } catch (IOException e) {
        System.getLogger(FilePreferences.class.getName()).log(System.Logger.Level.WARNING,
            "could not read " + file + "; starting without remembered settings", e);
      }
    }
  }

  private FilePreferences(FilePreferences parent, String name) {
    super(parent, name);
    this.file = null;
  }

  @Override
  protected void putSpi(String key, String value) {
    values.put(key, value);
  }

  @Override
  protected String getSpi(String key) {
    return values.get(key);
  }

  @Override
  protected void removeSpi(String key) {
    values.remove(key);
  }

  @Override
  protected void removeNodeSpi() {
    values.clear();
  }

  @Override
  protected String[] keysSpi() {
    return values.keySet().toArray(new String[0]);
  }

  @Override
  protected String[] childrenNamesSpi() {
    return children.keySet().toArray(new String[0]);
  }

  @Override
  protected AbstractPreferences childSpi(String name) {
    return children.computeIfAbsent(name, n -> new FilePreferences(this, n));
  }

  @Override
  protected void syncSpi() {
    // the file is read once, at start; this process is its only writer
  }

  /** Writes the file whole, through a temporary file, so a crash leaves the old one. */
  @Override
  protected void flushSpi() throws BackingStoreException {
    if (file == null) {
      return;
    }
    Properties p = new Properties();
    p.putAll(values);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "Gradient Lab: what it remembers between runs");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new BackingStoreException(e);
    }
  }
}
