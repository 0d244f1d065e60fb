package org.gradientlab.app.session;

import org.gradientlab.scene.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session as text: what a {@code .gradientlab} file holds and what the app stores between runs.
 * A header of {@code key: value} lines (the format and its version, the workspace, theme,
 * presentation mode, lessons panel, lesson and step), then one section per workspace that is not at
 * its defaults, headed {@code [optimizer lab]}, {@code [neural nets]} or {@code [hypergradients]}
 * and holding that workspace's text unchanged.
 *
 * <pre>
 * format: gradientlab-session 1
 * workspace: lab
 * theme: light
 * present: false
 * lessons-panel: true
 * lesson: 01-learning-rate
 * step: 3
 *
 * [optimizer lab]
 * landscape: parabola
 * …
 * </pre>
 */
public final class SessionText {

  public static final String FORMAT = "gradientlab-session";
  public static final int VERSION = 1;
  /** The extension of session files. */
  public static final String EXTENSION = ".gradientlab";
  private static final Pattern SECTION = Pattern.compile("^\\[([a-z ]+)\\]\\s*$");
  private static final List<String> KEYS = List.of("format", "workspace", "theme", "present",
      "lessons-panel", "lesson", "step");

  private SessionText() {}

  public static String write(SessionState s) {
    StringBuilder b = new StringBuilder();
    b.append("# Gradient Lab session: open it with Open session… or drop it on the window\n");
    b.append("format: ").append(FORMAT).append(' ').append(VERSION).append('\n');
    b.append("workspace: ").append(KeyValues.name(s.workspace())).append('\n');
    b.append("theme: ").append(s.light() ? "light" : "dark").append('\n');
    b.append("present: ").append(s.present()).append('\n');
    b.append("lessons-panel: ").append(s.lessonsShown()).append('\n');
    if (s.lesson() != null) {
      b.append("lesson: ").append(s.lesson()).append('\n');
      b.append("step: ").append(s.step()).append('\n');
    }
    for (Workspace w : Workspace.values()) {
      String text = s.text(w);
      if (text != null) {
        b.append('\n').append('[').append(section(w)).append("]\n");
        b.append(text.endsWith("\n") ? text : text + "\n");
      }
    }
    return b.toString();
  }

  /**
   * Reads a session. The header must read; the sections are taken as they are (each workspace
   * reads its own when the session is applied).
   */
  public static SessionState parse(String text) throws StoredFormatException {
    String[] rows = text.split("\\R", -1);
    List<String> header = new ArrayList<>();
    int i = 0;
    while (i < rows.length && !SECTION.matcher(rows[i]).matches()) {
      header.add(rows[i]);
      i++;
    }
    KeyValues kv = KeyValues.parse(header, 1);
    kv.format(FORMAT, VERSION);
    kv.onlyKeys(KEYS);
    String[] texts = new String[Workspace.values().length];
    while (i < rows.length) {
      Matcher m = SECTION.matcher(rows[i]);
      m.matches();
      Workspace w = workspace(m.group(1), i + 1);
      if (texts[w.ordinal()] != null) {
        throw new StoredFormatException(i + 1, "[" + section(w) + "] is given twice");
      }
      i++;
      StringBuilder body = new StringBuilder();
      while (i < rows.length && !SECTION.matcher(rows[i]).matches()) {
        body.append(rows[i]).append('\n');
        i++;
      }
      texts[w.ordinal()] = body.toString().strip() + "\n";
    }
    String theme = kv.has("theme") ? kv.text("theme") : "dark";
    if (!theme.equals("dark") && !theme.equals("light")) {
      throw new StoredFormatException(kv.line("theme"), "theme is dark or light, was '" + theme + "'");
    }
    String lesson = kv.has("lesson") ? kv.text("lesson") : null;
    if (lesson != null && lesson.isBlank()) {
      lesson = null;
    }
    return new SessionState(
        kv.has("workspace") ? kv.choice("workspace", Workspace.class) : Workspace.LAB,
        theme.equals("light"),
        kv.has("present") && kv.flag("present"),
        kv.has("lessons-panel") && kv.flag("lessons-panel"),
        lesson,
        kv.has("step") ? kv.whole("step", 1, 10_000) : 1,
        texts[Workspace.LAB.ordinal()], texts[Workspace.NETS.ordinal()], texts[Workspace.HYPER.ordinal()]);
  }

  private static Workspace workspace(String section, int line) throws StoredFormatException {
    for (Workspace w : Workspace.values()) {
      if (section(w).equals(section)) {
        return w;
      }
    }
    throw new StoredFormatException(line, "unknown section [" + section + "]");
  }

  /** The heading of {@code w}'s part of a session text, e.g. "[optimizer lab]". */
  static String section(Workspace w) {
    return w.title().toLowerCase(java.util.Locale.ROOT);
  }
}
