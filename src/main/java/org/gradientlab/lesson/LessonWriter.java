package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import org.gradientlab.scene.WorkspaceScene;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.scene.SceneCodec;

/**
 * Appends a step to a lesson file: "save the current setup as a lesson step". Nothing a teacher
 * wrote is lost or changed:
 *
 * <ul>
 *   <li>The new text is parsed before anything is written; if the step would not read back as
 *       written, nothing is written and the message says what to change.
 *   <li>The file's bytes are only added to, in its own line ending (CRLF stays CRLF).
 *   <li>It is written through a symbolic link to its target, into a temporary file beside the
 *       target that gets the target's permissions and then replaces it in one atomic rename.
 *   <li>If the file changes between reading it and replacing it (an editor saving), it is read
 *       again and the step appended to the new text, up to {@value #ATTEMPTS} times; then the save
 *       is refused. After the rename the old file is checked once more: text an editor wrote into
 *       it just as it was replaced is taken over into the new one.
 *   <li>A file with several hard links, or one owned by someone else, cannot be replaced by a rename
 *       without splitting the links or changing its owner: there the step is appended in place
 *       (O_APPEND). That cannot overwrite any text; its one risk, a step cut short by a crash or a
 *       full disk in the middle of the write, leaves everything the teacher wrote intact.
 * </ul>
 */
public final class LessonWriter {

  /** A save refused: the message says why and what to change. Nothing was written. */
  public static final class NotSaved extends IOException {
    public NotSaved(String message) {
      super(message);
    }
  }

  /** Where a test can act as an editor saving in the middle of a save. */
  interface Race {
    Race NONE = new Race() {};

    /** After the new text is ready, just before the file is checked and replaced. */
    default void beforeReplace() {}

    /** Just after the file was replaced. */
    default void afterReplace() {}
  }

  static final int ATTEMPTS = 6;
  /** How long the old file must stay quiet after the rename before it is let go. */
  private static final long SETTLE_NANOS = 5_000_000;
  private static final System.Logger LOG = System.getLogger(LessonWriter.class.getName());

  private final WorkspaceSceneCodec codec;
  private final LessonParser parser;
  private final Race race;

  public LessonWriter(SceneCodec codec) {
    this(codec, Race.NONE);
  }

  LessonWriter(SceneCodec codec, Race race) {
    this.codec = new WorkspaceSceneCodec(codec);
    this.parser = new LessonParser(codec);
    this.race = race;
  }

  /** For tests: {@code beforeReplace} runs between preparing the new text and replacing the file. */
  LessonWriter(SceneCodec codec, Runnable beforeReplace) {
    this(codec, new Race() {
      @Override
      public void beforeReplace() {
        beforeReplace.run();
      }
    });
  }

  /** The text appended for a step: heading, text, scene block; lines end in '\n'. */
  public String stepText(String title, String text, WorkspaceScene scene) {
    StringBuilder b = new StringBuilder("\n## ").append(heading(title)).append("\n\n");
    String body = text.replaceAll("\\R", "\n").strip();
    if (!body.isEmpty()) {
      b.append(body).append("\n\n");
    }
    b.append("```scene\n").append(codec.write(scene)).append("```\n");
    return b.toString();
  }

  /** One line however the title was typed: every line break and control character is a space. */
  static String heading(String title) {
    String h = title.replaceAll("\\R|\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    return h.isEmpty() ? "New step" : h;
  }

  /**
   * Appends the step and returns the lesson as it now reads. Throws {@link NotSaved} (nothing
   * written) when the step would not read back as written or the file keeps changing.
   */
  public Lesson appendStep(Path file, String title, String text, WorkspaceScene scene)
      throws IOException {
    Path target = file.toRealPath();
    String name = file.getFileName().toString();
    String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Snapshot before = Snapshot.of(target);
      Prepared next = prepare(id, file.toString(), before.bytes, title, text, scene);
      if (mustAppendInPlace(target)) {
        if (appendInPlace(target, before, next.addition)) {
          return next.lesson;
        }
        continue;
      }
      if (replace(target, before, next)) {
        return next.lesson;
      }
    }
    throw new NotSaved("the file kept changing while saving (" + ATTEMPTS + " tries): nothing was"
        + " written. Save again once your editor has finished saving " + name + ".");
  }

  /** The bytes of a file and which file it was (its file key: the inode on Unix). */
  private record Snapshot(byte[] bytes, Object key) {
    static Snapshot of(Path target) throws IOException {
      Object key = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
      return new Snapshot(Files.readAllBytes(target), key);
    }

    /**
     * How the file at {@code target}, open as {@code open}, differs from this snapshot: it may
     * only have grown at its end (an editor appending), which the save carries over.
     */
    Change changeIn(Path target, FileChannel open) throws IOException {
      BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
      if (!Objects.equals(a.fileKey(), key)) {
        return Change.REPLACED;
      }
      byte[] now = read(open);
      return Arrays.equals(now, bytes) ? Change.NONE
          : startsWith(now, bytes) ? Change.APPENDED : Change.REWRITTEN;
    }
  }

  private enum Change { NONE, APPENDED, REWRITTEN, REPLACED }

  /** The new step, the bytes that add it, and the lesson as it will read. */
  private record Prepared(byte[] addition, Lesson lesson) {}

  private Prepared prepare(String id, String source, byte[] current, String title, String text,
      WorkspaceScene scene) throws NotSaved {
    String old;
    Lesson before;
    try {
      old = LessonText.decode(current, source);
      before = parser.parse(id, source, old);
    } catch (LessonFormatException e) {
      throw new NotSaved("the file already has an error at line " + e.line() + " (" + e.reason()
          + "): fix it first; nothing was written");
    }
    checkText(text);
    String newline = lineEnding(old);
    String separator = old.isEmpty() || old.endsWith("\n") || old.endsWith("\r") ? "" : "\n";
    String addition = (separator + stepText(title, text, scene)).replace("\n", newline);
    // The addition is a blank line, the heading, a blank line, then the text: its line 1 is here.
    int textStart = (int) old.lines().count() + 4;
    Lesson after;
    try {
      after = parser.parse(id, source, old + addition);
    } catch (LessonFormatException e) {
      String where = e.line() >= textStart ? "line " + (e.line() - textStart + 1) + " of the step's text"
          : "the step";
      throw new NotSaved(where + ": " + e.reason() + ". Change that and save again; nothing was written");
    }
    LessonStep last = after.steps().get(after.steps().size() - 1);
    if (after.steps().size() != before.steps().size() + 1 || !last.title().equals(heading(title))
        || !last.scene().equals(scene)) {
      throw new NotSaved("the new step would not read back as written (from line " + (textStart - 2)
          + " of the file on): nothing was written");
    }
    return new Prepared(addition.getBytes(StandardCharsets.UTF_8), after);
  }

  /**
   * What in the typed text would change the file's structure rather than be text: a step heading,
   * or a code fence left open (which would swallow the scene block).
   */
  private static void checkText(String text) throws NotSaved {
    String[] lines = text.replaceAll("\\R", "\n").strip().split("\n", -1);
    int open = 0;
    int ticks = 0;
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k];
      String t = line.trim();
      int n = 0;
      while (n < t.length() && t.charAt(n) == '`') {
        n++;
      }
      if (open == 0 && line.startsWith("## ")) {
        throw new NotSaved("line " + (k + 1) + " of the step's text starts with '## ', which would start"
            + " another step: write '### ' for a heading inside this step; nothing was written");
      }
      if (n >= 3 && open == 0) {
        if (t.substring(n).trim().equalsIgnoreCase("scene")) {
          throw new NotSaved("line " + (k + 1) + " of the step's text opens a ```scene block: the"
              + " step's scene is the lab's current setup, so leave it out; nothing was written");
        }
        open = k + 1;
        ticks = n;
      } else if (n >= ticks && open > 0 && t.length() == n) {
        open = 0;
      }
    }
    if (open > 0) {
      throw new NotSaved("line " + open + " of the step's text opens a ``` code block that is not"
          + " closed: add a line of ``` after the code, or put the backticks inside a sentence;"
          + " nothing was written");
    }
  }

  /** The file's own line ending: the first one in it, '\n' when it has none. */
  static String lineEnding(String text) {
    int n = text.indexOf('\n');
    int r = text.indexOf('\r');
    if (r >= 0 && (n < 0 || r < n)) {
      return n == r + 1 ? "\r\n" : "\r";
    }
    return "\n";
  }

  /** Hard links would be split by replacing the file. */
  private static boolean mustAppendInPlace(Path target) {
    return linkCount(target) instanceof Integer n && n > 1;
  }

  private static Object linkCount(Path target) {
    try {
      return Files.getAttribute(target, "unix:nlink");
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return 1;
    }
  }

  /**
   * Writes the new text beside the target and renames it over the target. False when the file
   * was replaced or rewritten since it was read: read it again and retry. Text appended to it
   * meanwhile is carried over after the rename.
   */
  private boolean replace(Path target, Snapshot before, Prepared next) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".saving");
    try {
      if (!Files.getOwner(tmp).equals(Files.getOwner(target))) {
        // A rename would give the file to us: its owner keeps it if we append in place.
        Files.delete(tmp);
        return appendInPlace(target, before, next.addition);
      }
      write(tmp, before.bytes, next.addition);
      keepPermissions(target, tmp);
      race.beforeReplace();
      try (FileChannel old = FileChannel.open(target, StandardOpenOption.READ)) {
        Change change = before.changeIn(target, old);
        if (change == Change.REPLACED || change == Change.REWRITTEN) {
          return false;
        }
        move(tmp, target);
        race.afterReplace();
        settle(target, old, before, next);
      }
      return true;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Text written into the old file after it was read, up to a little after the rename (an editor
   * that appended meanwhile, or opened it just before the rename): it would be lost with the old
   * file, so it is appended to the new one, in place. If the old file was rewritten rather than
   * appended to, its new text is kept beside the file and the save says so.
   */
  private void settle(Path target, FileChannel old, Snapshot before, Prepared next) throws IOException {
    long carried = before.bytes.length;
    long quietUntil = System.nanoTime() + SETTLE_NANOS;
    while (true) {
      byte[] now = read(old);
      if (!startsWith(now, before.bytes)) {
        keepAside(target, now);
        return;
      }
      if (now.length > carried) {
        appendBytes(target, Arrays.copyOfRange(now, (int) carried, now.length));
        LOG.log(System.Logger.Level.INFO, "carried over " + (now.length - carried)
            + " bytes written into " + target + " while it was saved");
        carried = now.length;
        quietUntil = System.nanoTime() + SETTLE_NANOS;
      }
      if (System.nanoTime() >= quietUntil) {
        return;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void keepAside(Path target, byte[] text) throws IOException {
    Path aside = target.resolveSibling(target.getFileName() + ".while-saving-" + System.currentTimeMillis());
    Files.write(aside, text);
    LOG.log(System.Logger.Level.WARNING, "the old " + target + " was rewritten while saving; kept in " + aside);
    throw new IOException("the file was rewritten while the step was saved: the step is saved, and"
        + " the other version of the file is kept in " + aside.getFileName());
  }

  private static void appendBytes(Path target, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  /** In place, at the true end of the file: nothing can be overwritten. False: changed, retry. */
  private boolean appendInPlace(Path target, Snapshot before, byte[] addition) throws IOException {
    race.beforeReplace();
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.READ)) {
      if (before.changeIn(target, ch) != Change.NONE) {
        return false;
      }
    }
    appendBytes(target, addition);
    race.afterReplace();
    return true;
  }

  private static void write(Path tmp, byte[] head, byte[] tail) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (ByteBuffer b : new ByteBuffer[] {ByteBuffer.wrap(head), ByteBuffer.wrap(tail)}) {
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
      ch.force(true);
    }
  }

  /** The temporary file gets the target's permissions and group (it is created owner-only). */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes a = Files.readAttributes(target, PosixFileAttributes.class);
    view.setPermissions(a.permissions());
    if (!view.readAttributes().group().equals(a.group())) {
      view.setGroup(a.group());
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new NotSaved("the folder of " + target + " cannot replace a file atomically: nothing was written");
    }
  }

  private static byte[] read(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer b = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size));
    long pos = 0;
    while (b.hasRemaining()) {
      int n = ch.read(b, pos);
      if (n < 0) {
        break;
      }
      pos += n;
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  private static boolean startsWith(byte[] a, byte[] prefix) {
    return a.length >= prefix.length && Arrays.equals(a, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
