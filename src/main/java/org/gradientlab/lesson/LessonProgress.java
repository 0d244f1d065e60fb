package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What a student has done in each lesson, kept on this computer only: which steps were opened
 * and how each prediction was answered. Stored in a {@link Preferences} node that is given (the
 * app's own, a file's in a portable install, one in memory in tests): per lesson a key
 * {@code ID.opened} = "0,2,3" and {@code ID.answers} = "1:right,3:wrong-right". Steps are counted
 * from 0 as in the lesson file; a value that does not read is ignored, never thrown.
 */
public final class LessonProgress {

  private static final System.Logger LOG = System.getLogger(LessonProgress.class.getName());

  /** How a prediction was answered: right the first time, right after a wrong answer, or wrong so far. */
  public enum Answer {
    RIGHT("right"), RIGHT_AFTER_WRONG("wrong-right"), WRONG("wrong");

    private final String word;

    Answer(String word) {
      this.word = word;
    }

    static Answer of(String word) {
      for (Answer a : values()) {
        if (a.word.equals(word)) {
          return a;
        }
      }
      return null;
    }
  }

  /** One lesson's progress: the steps opened and the predictions answered, by step. */
  public record Summary(SortedSet<Integer> opened, SortedMap<Integer, Answer> answers) {
    public Summary {
      opened = Collections.unmodifiableSortedSet(new TreeSet<>(opened));
      answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
    }

    public long rightFirstTime() {
      return answers.values().stream().filter(a -> a == Answer.RIGHT).count();
    }

    public boolean isEmpty() {
      return opened.isEmpty() && answers.isEmpty();
    }
  }

  private final Preferences node;
  /** Kept for {@link #inMemory()}, where there is no node. */
  private final Map<String, String> memory = new HashMap<>();

  public LessonProgress(Preferences node) {
    this.node = node;
  }

  /** Progress that lasts as long as this object: for pictures and tools that keep nothing. */
  public static LessonProgress inMemory() {
    return new LessonProgress(null);
  }

  public Summary of(String lesson) {
    SortedSet<Integer> opened = new TreeSet<>();
    for (String s : split(get(key(lesson, "opened")))) {
      Integer i = index(s);
      if (i != null) {
        opened.add(i);
      }
    }
    SortedMap<Integer, Answer> answers = new TreeMap<>();
    for (String s : split(get(key(lesson, "answers")))) {
      int colon = s.indexOf(':');
      Integer i = colon > 0 ? index(s.substring(0, colon)) : null;
      Answer a = colon > 0 ? Answer.of(s.substring(colon + 1)) : null;
      if (i != null && a != null) {
        answers.put(i, a);
      }
    }
    return new Summary(opened, answers);
  }

  /** Step {@code step} of {@code lesson} was shown. */
  public void opened(String lesson, int step) {
    Summary s = of(lesson);
    if (s.opened().contains(step)) {
      return;
    }
    SortedSet<Integer> opened = new TreeSet<>(s.opened());
    opened.add(step);
    List<String> parts = new ArrayList<>();
    opened.forEach(i -> parts.add(Integer.toString(i)));
    put(key(lesson, "opened"), String.join(",", parts));
  }

  /** The prediction of step {@code step} was answered, {@code right} or not: the first answer counts. */
  public void answered(String lesson, int step, boolean right) {
    Summary s = of(lesson);
    Answer before = s.answers().get(step);
    Answer now = before == null ? (right ? Answer.RIGHT : Answer.WRONG)
        : before == Answer.WRONG && right ? Answer.RIGHT_AFTER_WRONG : before;
    if (now == before) {
      return;
    }
    SortedMap<Integer, Answer> answers = new TreeMap<>(s.answers());
    answers.put(step, now);
    List<String> parts = new ArrayList<>();
    answers.forEach((i, a) -> parts.add(i + ":" + a.word));
    put(key(lesson, "answers"), String.join(",", parts));
  }

  /** Forgets every lesson's progress. */
  public void reset() {
    memory.clear();
    if (node == null) {
      return;
    }
    try {
      for (String k : node.keys()) {
        node.remove(k);
      }
      node.flush();
    } catch (BackingStoreException e) {
      LOG.log(System.Logger.Level.WARNING, "could not reset the lessons' progress", e);
    }
  }

  /** A key within the preferences' 80 characters, however long the lesson's id. */
  private static String key(String lesson, String what) {
    String id = lesson.length() <= 60 ? lesson : lesson.substring(0, 50) + "#" + Integer.toHexString(lesson.hashCode());
    return id + "." + what;
  }

  private String get(String key) {
    return node == null ? memory.getOrDefault(key, "") : node.get(key, "");
  }

  private void put(String key, String value) {
    if (node == null) {
      memory.put(key, value);
      return;
    }
    node.put(key, value);
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LOG.log(System.Logger.Level.WARNING, "could not store the lessons' progress", e);
    }
  }

  private static String[] split(String s) {
    return s.isBlank() ? new String[0] : s.split(",");
  }

  private static Integer index(String s) {
    try {
      int i = Integer.parseInt(s.trim());
      return i >= 0 ? i : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
