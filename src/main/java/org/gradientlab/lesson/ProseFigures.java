package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceSceneCodec;

/**
 * The figures a lesson's prose states, and which of them nothing checks. A lesson must say only
 * what the engine shows, so every figure in a step's text (and in the introduction, which belongs
 * to the first step) has to be one of:
 *
 * <ul>
 *   <li>a number a claim of the step, or of the step before it, states (to the precision the text
 *       writes it: "≈ 1.44" is covered by {@code GD ends near 1.4386, -0.7476});
 *   <li>a setting of the step's scene, or of the step before it, that the lesson gives in a scene
 *       block (η, start, steps, κ…);
 *   <li>a figure listed on a {@code derived:} line of the step's check block: algebra or facts
 *       about the landscape or data rather than about the run ({@code derived: 1 − 2η = 0.8});
 *   <li>a year in a citation ("Bergstra and Bengio 2012").
 * </ul>
 *
 * Figures match with their sign, and a percentage matches only a percentage. A figure is a number
 * written with a decimal point, a percentage, a power of ten, or a whole
 * number of 10 or more, in prose or formulas; digits 0–9 alone are not figures (factors,
 * coordinates, indices, exponents are everywhere in formulas). Code and the scene, check and
 * question blocks are not prose. Numbers written as words ("five steps") are not seen.
 */
public final class ProseFigures {

  /** A figure the text states that nothing covers, where it stands. */
  public record Figure(String written, double value, int line, String context) {
    @Override
    public String toString() {
      return "line " + line + ": " + written + " in '" + context + "'";
    }
  }

  private static final String DIGITS = "\\d{1,3}(?:[ \\u2009\\u202F]\\d{3})+|\\d+(?:\\.\\d+)?|\\.\\d+";
  /** 10^{-10}, 10^6, 10⁶; 1e-3; 2.5 %; 43 000; 0.0791. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d_.\\\\])([-−]?)(10\\^\\{?([-−]?\\d+)\\}?|10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(" + DIGITS
          + ")(?:e([-+−]?\\d+))?)(\\s*(?:\\\\,)?\\s*\\\\?%)?");
  private static final Pattern CITATION = Pattern.compile(
      "\\p{Lu}\\p{L}+(?:\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+|\\s+et al\\.)?,?\\s+\\(?((?:19|20)\\d\\d)\\)?");
  private static final Pattern FRACTION_DIGITS = Pattern.compile("\\\\[dt]?frac(\\d)(\\d)");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private ProseFigures() {}

  /** The figures of {@code lesson} (read from {@code fileText}) that nothing covers. */
  public static List<Figure> uncovered(Lesson lesson, String fileText, SceneCodec labCodec) {
    WorkspaceSceneCodec codec = new WorkspaceSceneCodec(labCodec);
    String[] lines = lines(fileText);
    Set<String> keys = sceneKeys(lines);
    List<Figure> out = new ArrayList<>();
    List<LessonStep> steps = lesson.steps();
    for (int s = 0; s < steps.size(); s++) {
      LessonStep step = steps.get(s);
      List<Number> covered = new ArrayList<>();
      step.claims().forEach(c -> covered.addAll(numbersIn(c.text())));
      if (s > 0) {
        steps.get(s - 1).claims().forEach(c -> covered.addAll(numbersIn(c.text())));
      }
      step.derived().forEach(d -> covered.addAll(numbersIn(d)));
      covered.addAll(settings(codec.write(step.scene()), keys));
      if (s > 0) {
        covered.addAll(settings(codec.write(steps.get(s - 1).scene()), keys));
      }
      for (Figure f : figuresOfStep(lesson, lines, s)) {
        if (!isCovered(f, covered)) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * The 'derived:' notes that name no figure the step's text states: left over from an edit, they
   * would excuse a figure that is no longer there (or never was).
   */
  public static List<String> staleNotes(Lesson lesson, String fileText) {
    String[] lines = lines(fileText);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < lesson.steps().size(); s++) {
      List<Figure> stated = figuresOfStep(lesson, lines, s);
      for (String note : lesson.steps().get(s).derived()) {
        for (Number n : numbersIn(note)) {
          Figure asFigure = new Figure(n.written, n.value, 0, note);
          if (isFigure(n.written, n) && stated.stream().noneMatch(f -> isCovered(f, List.of(n)))) {
            out.add(lesson.steps().get(s).title() + ": " + asFigure.written() + " in 'derived: " + note + "'");
          }
        }
      }
    }
    return out;
  }

  private static String[] lines(String fileText) {
    String text = fileText.startsWith("\uFEFF") ? fileText.substring(1) : fileText;
    return text.split("\\R", -1);
  }

  /** The figures of step {@code s}'s text; the first step's include the introduction's. */
  private static List<Figure> figuresOfStep(Lesson lesson, String[] lines, int s) {
    List<LessonStep> steps = lesson.steps();
    int from = s == 0 ? frontMatterEnd(lines) + 1 : steps.get(s).line();
    int to = s + 1 < steps.size() ? steps.get(s + 1).line() - 1 : lines.length;
    return figures(lines, from, to);
  }

  /** Every number written in {@code text}. */
  public static List<Double> numbersOf(String text) {
    List<Double> out = new ArrayList<>();
    numbersIn(text).forEach(n -> out.add(n.value));
    return out;
  }

  /** A number as written: its value and the precision it is written to. */
  private record Number(double value, double halfUnit, boolean percent, String written) {}

  private static boolean isCovered(Figure f, List<Number> covered) {
    Number written = parse(f.written());
    for (Number c : covered) {
      double tolerance = Math.max(written.halfUnit, 1e-12 * Math.abs(written.value));
      if (c.percent == written.percent && Math.abs(c.value - written.value) <= tolerance) {
        return true;
      }
    }
    return false;
  }

  /** The prose lines from..to (1-based, inclusive) without fences, code spans and citations. */
  private static List<Figure> figures(String[] lines, int from, int to) {
    List<Figure> out = new ArrayList<>();
    int fence = 0;
    for (int n = from; n <= to && n <= lines.length; n++) {
      String line = lines[n - 1];
      int ticks = ticks(line);
      if (fence == 0 && ticks > 0) {
        fence = ticks;
        continue;
      }
      if (fence > 0) {
        if (ticks >= fence && line.trim().length() == ticks) {
          fence = 0;
        }
        continue;
      }
      String prose = CITATION.matcher(CODE_SPAN.matcher(line).replaceAll(" ")).replaceAll(" ");
      prose = FRACTION_DIGITS.matcher(prose).replaceAll("{$1}{$2}");
      Matcher m = NUMBER.matcher(prose);
      while (m.find()) {
        Number v = parse(m.group());
        if (isFigure(m.group(), v)) {
          out.add(new Figure(m.group().trim(), v.value, n, context(prose, m.start(), m.end())));
        }
      }
    }
    return out;
  }

  private static boolean isFigure(String written, Number v) {
    String w = written.replace('−', '-');
    return w.contains("%") || w.contains(".") || w.contains("^") || w.matches(".*10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹].*")
        || w.matches(".*\\de.*") || Math.abs(v.value) >= 10;
  }

  private static String context(String line, int start, int end) {
    int a = Math.max(0, start - 30);
    int b = Math.min(line.length(), end + 30);
    return line.substring(a, b).strip();
  }

  /** Every number in a claim, a note or a scene's text. */
  private static List<Number> numbersIn(String text) {
    List<Number> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(FRACTION_DIGITS.matcher(text).replaceAll("{$1}{$2}"));
    while (m.find()) {
      out.add(parse(m.group()));
    }
    return out;
  }

  /** Reads a number as the prose writes it. */
  private static Number parse(String written) {
    String w = written.trim().replace('−', '-').replaceAll("\\\\?,?\\s*\\\\?%$", "").replace("\\,", "").trim();
    Matcher power = Pattern.compile("(-?)10\\^\\{?(-?\\d+)\\}?").matcher(w);
    if (power.matches()) {
      double v = Math.pow(10, Integer.parseInt(power.group(2)));
      return new Number(power.group(1).isEmpty() ? v : -v, 0.5 * v, false, written);
    }
    Matcher sup = Pattern.compile("(-?)10([⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)").matcher(w);
    if (sup.matches()) {
      StringBuilder e = new StringBuilder(sup.group(2).isEmpty() ? "" : "-");
      for (char c : sup.group(3).toCharArray()) {
        e.append(SUPERSCRIPTS.indexOf(c));
      }
      double v = Math.pow(10, Integer.parseInt(e.toString()));
      return new Number(sup.group(1).isEmpty() ? v : -v, 0.5 * v, false, written);
    }
    String plain = w.replaceAll("(?<=\\d)[ \\u2009\\u202F](?=\\d{3})", "").replace(',', '.');
    double v;
    try {
      v = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return new Number(Double.NaN, 0, false, written);
    }
    return new Number(v, Claim.halfUnit(plain), written.contains("%"), written);
  }

  /** The numbers of a scene's settings whose keys the lesson's scene blocks give. */
  private static List<Number> settings(String sceneText, Set<String> keys) {
    List<Number> out = new ArrayList<>();
    for (String row : sceneText.split("\n")) {
      int colon = row.indexOf(':');
      if (colon > 0 && keys.contains(row.substring(0, colon).trim().toLowerCase(Locale.ROOT))) {
        out.addAll(numbersIn(row.substring(colon + 1)));
      }
    }
    return out;
  }

  /** The keys any scene block of the file sets ("eta", "start", "kappa", …). */
  private static Set<String> sceneKeys(String[] lines) {
    Set<String> keys = new HashSet<>();
    boolean inScene = false;
    for (String line : lines) {
      String t = line.trim();
      if (!inScene && t.matches("`{3,}\\s*scene\\s*")) {
        inScene = true;
      } else if (inScene && t.matches("`{3,}")) {
        inScene = false;
      } else if (inScene && t.indexOf(':') > 0) {
        keys.add(t.substring(0, t.indexOf(':')).trim().toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }

  private static int frontMatterEnd(String[] lines) {
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals("---") && ++seen == 2) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int ticks(String line) {
    String t = line.trim();
    int n = 0;
    while (n < t.length() && t.charAt(n) == '`') {
      n++;
    }
    return n >= 3 ? n : 0;
  }
}
