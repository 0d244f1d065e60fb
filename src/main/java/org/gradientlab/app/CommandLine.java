package org.gradientlab.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gradientlab.export.Fx;
import org.gradientlab.export.GifExport;
import org.gradientlab.export.ImageExport;
import org.gradientlab.export.OutputFiles;
import org.gradientlab.export.Progress;
import org.gradientlab.export.TrajectoryCsv;
import org.gradientlab.ui.WorkspacePictures;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonProblem;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneFormatException;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.ResultText;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceResult;
import org.gradientlab.scene.WorkspaceRunner;
import org.gradientlab.scene.WorkspaceScene;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.export.WorkspaceCsv;

/**
 * The headless command line: run an experiment and print how each optimizer's run ended, write its
 * trajectories as CSV, or render a lesson step or any scene as a PNG slide or animated GIF through
 * the app's own views on headless Monocle (no display needed). Exit status 0 on success, 2 for bad
 * arguments or unreadable input, 1 when writing an output fails.
 */
public final class CommandLine {

  private static final System.Logger LOG = System.getLogger(CommandLine.class.getName());
  /** Held here: java.util.logging keeps loggers only weakly, and its level must stay set. */
  private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  private static final List<String> FLAGS = List.of("light", "present", "plain", "csv-comments",
      "list-lessons", "check-lessons", "help");
  private static final List<String> OTHER = List.of("lesson", "step", "lessons", "scene", "csv",
      "export", "gif", "what", "scale", "size", "frames", "fps");

  /** The help text; the landscapes, optimizers and hyperparameters it lists come from the catalogs. */
  static String usage(SceneCodec codec) {
    List<String> landscapes = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    for (var e : codec.landscapes().entries()) {
      landscapes.add(e.id());
      for (var p : e.parameters()) {
        parameters.add("--" + p.name() + " (" + e.id() + ")");
      }
    }
    List<String> hyperparameters = new ArrayList<>();
    for (Hyperparameter h : codec.optimizers().hyperparameters()) {
      hyperparameters.add("--" + h.key() + " " + h.symbol());
    }
    return String.join("\n",
        "Gradient Lab — command line (without arguments, or with only --lessons DIR, the app window opens)",
        "",
        "Choose a scene:",
        "  --lesson N --step K          the scene of step K of lesson N (e.g. --lesson 01 --step 3)",
        "  --lessons DIR                where the lessons are (default: " + defaultLessons() + ")",
        "  --scene FILE                 a scene file of 'key: value' lines, as in a lesson's scene block",
        "  --landscape ID               " + String.join(", ", landscapes),
        wrap("  landscape parameters:        ", String.join(", ", parameters)),
        "  --optimizers A,B,…           " + String.join(", ", codec.optimizers().labels()),
        wrap("  hyperparameters:             ", String.join(", ", hyperparameters)),
        "                               a value for every optimizer that takes it (--eta 0.1), a",
        "                               default with exceptions (--eta 0.1,Adam=0.01), or only some",
        "                               (--eta GD=0.1,Adam=0.01)",
        "  --lambda L --start X[,Y] --steps N --seed S --view X0,X1,Y0,Y1 --panels A,B",
        "  --landscape line --data FILE.csv   the line fitted to your own points (x,y per line) instead",
        "                               of a preset dataset; every bad row is reported with its line",
        "  --landscape logistic --data FILE.csv   logistic regression on your own data (x1,x2,label per",
        "                               line, label 0 or 1); the weights act on standardized features",
        "  --schedule constant|step|exponential|inverse-time|cosine --decay G --every K --eta-min E",
        "    --warmup W   (η_t as torch.optim.lr_scheduler: step η·G^⌊t/K⌋, exponential η·Gᵗ, inverse-time",
        "                 η/(1+G·t), cosine η_min+(η−η_min)(1+cos(πt/N))/2; warm-up ×(t+1)/W for t < W)",
        "  Options given after a lesson or scene file change only what they name.",
        "",
        "  --workspace lab|nets|hyper   which workspace the scene is of (default: the lab, or the lesson's)",
        "  Neural nets (--workspace nets):",
        "    --dataset XOR|circles|moons|spirals --points N --noise S --data-seed S (also seeds the split)",
        "    --data FILE.csv (your own points instead: x1,x2,label per line, label 0 or 1)",
        "    --validation F (the fraction of the points held out for validation; default 0)",
        "    --layers 12,12 (hidden widths) --activation sigmoid|tanh|relu --init naive|xavier|he",
        "    --optimizers A,B,… (a race from the same initial weights and batches; --optimizer NAME for",
        "    one; none that needs the Hessian), each with its own hyperparameters as above (--eta 0.1,GD=0.5)",
        "    --lambda L --batch B --seed S --steps N (updates trained first) --slice path|random|weights",
        "    --weights I,J (the two weights of the 'weights' slice)",
        "    --panels controls,decision,slice,curves,gradients",
        "  Hypergradients (--workspace hyper):",
        "    --problem sine|diabetes|breast-cancer --objective validation|training --method hoag|exact",
        "    --schedule quadratic|cubic|exponential --epsilon0 E|default",
        "    --iterations N (outer iterations run first) --phase K (then K phases of the next, 0-3)",
        "    --unrolled gd|momentum --unrolled-steps T --joint-start LOGLAMBDA|default,ETA_FRACTION",
        "    --panels controls,curve,fit,phases,map",
        "    --tab hoag|unrolled|bayes|many (the tab shown)",
        "    η through training: --horizon-loop gd|momentum --horizon-steps T",
        "      --horizon-at LOGLAMBDA|default,ETA_SHARE (η as a share of the edge 2/(L+λ), up to 1.2)",
        "      --checkpoint-every K (checkpointed reverse mode; 0: about √T)",
        "    Bayesian optimisation: --bayes-target validation|unrolled --bayes-seed S (1-50)",
        "      --bayes-evaluations N (run first, 0-100) --bayes-phase K (then K phases of the next, 0-2)",
        "    Many λ: --many-budget N (evaluations per method, 2-80) --many-seed S (1-50)",
        "",
        "Outputs (the outcome of every run is always printed):",
        "  --csv FILE.csv               the numbers, header on the first line (+ FILE.json settings): the",
        "                               lab's trajectories, a net's training, the outer iterations;",
        "                               --csv-comments also puts the settings above it as # lines",
        "  --export FILE.png            a picture of the scene's workspace: --what slide|plot|charts|window|surface",
        "                               (default slide: 1600x900, title, settings, plots, legend in",
        "                               presentation size; 'landscape' is the lab's plot), --scale 1|2|4",
        "                               (default 2), --light, --present, --plain (the plot without its",
        "                               title and legend), --size WxH of the window",
        "  --gif FILE.gif               the workspace's animation: the lab's run step by step, a net's",
        "                               training, the outer iterations; --frames N (at most, default 120),",
        "                               --fps F (default 12.5), --scale (default 1)",
        "  --list-lessons               the lessons and their steps",
        "  --check-lessons              run every lesson step, check every claim it makes and that every",
        "                               prediction has a well-defined answer (exit 1 if one fails): for",
        "                               teachers editing lessons",
        "  --help",
        "",
        "Example: --lesson 01 --step 3 --export slide.png --scale 2",
        "Example: --lesson 09 --step 3 --export hyper.png --light",
        "Example: --workspace nets --dataset spirals --steps 300 --gif training.gif --frames 60 --fps 10",
        "Example: --landscape rosenbrock --optimizers GD,Adam --eta 0.001 --start -1.5,2 --steps 2000 --csv run.csv");
  }

  /** The folder read without --lessons: ./lessons in a checkout, the user's folder when installed. */
  private static String defaultLessons() {
    LessonsLocation where = LessonsLocation.current(null);
    return where.installed() ? where.forReading().toString() : "./lessons";
  }

  /** {@code head} then {@code text} broken at commas to lines of at most 100 characters. */
  private static String wrap(String head, String text) {
    StringBuilder out = new StringBuilder(head);
    int lineStart = 0;
    String indent = " ".repeat(head.length());
    for (String item : text.split(", ")) {
      boolean first = out.length() == head.length();
      if (!first && out.length() - lineStart + item.length() + 2 > 100) {
        out.append(",\n");
        lineStart = out.length();
        out.append(indent);
      } else if (!first) {
        out.append(", ");
      }
      out.append(item);
    }
    return out.toString();
  }

  private final PrintStream out;
  private final PrintStream err;

  public CommandLine(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Thrown for anything the user can fix: a message for them, exit status 2. */
  static final class BadInput extends Exception {
    BadInput(String message) {
      super(message);
    }
  }

  public int run(String[] args) {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    SceneCodec codec = new SceneCodec(catalog, OptimizerCatalog.standard());
    try {
      return execute(parse(args, codec), codec);
    } catch (BadInput e) {
      err.println("gradient-lab: " + e.getMessage());
      err.println("Try --help for the options.");
      return BAD_INPUT;
    } catch (OutputFiles.Refused e) {
      err.println("gradient-lab: " + e.getMessage());
      return FAILED;
    } catch (Exception e) {
      LOG.log(System.Logger.Level.DEBUG, "command line failed", e);
      err.println("gradient-lab: failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return FAILED;
    }
  }

  /** Every option name the command line knows: its own, the scene keys, the landscape parameters. */
  static List<String> knownOptions(SceneCodec codec) {
    List<String> known = new ArrayList<>(FLAGS);
    known.addAll(OTHER);
    WorkspaceSceneCodec scenes = new WorkspaceSceneCodec(codec);
    for (Workspace w : Workspace.values()) {
      for (String k : scenes.keys(w)) {
        if (!known.contains(k)) {
          known.add(k);
        }
      }
    }
    for (var e : codec.landscapes().entries()) {
      for (var p : e.parameters()) {
        if (!known.contains(p.name())) {
          known.add(p.name());
        }
      }
    }
    return known;
  }

  /**
   * The options as name → value. Unknown names are refused here, with the nearest known one
   * suggested, before anything runs; so is a flag given a value or an option without one.
   */
  static Map<String, String> parse(String[] args, SceneCodec codec) throws BadInput {
    List<String> known = knownOptions(codec);
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        throw new BadInput("unexpected argument '" + a + "' (options start with --)");
      }
      String name = a.substring(2).toLowerCase(Locale.ROOT);
      String value = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        value = a.substring(2 + eq + 1);
        name = name.substring(0, eq);
      }
      if (!known.contains(name)) {
        String near = nearest(name, known);
        throw new BadInput("unknown option --" + name + (near == null ? "" : "; did you mean --" + near + "?"));
      }
      if (options.containsKey(name)) {
        throw new BadInput("--" + name + " is given twice");
      }
      if (FLAGS.contains(name)) {
        if (value != null) {
          throw new BadInput("--" + name + " takes no value");
        }
        options.put(name, "true");
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new BadInput("--" + name + " needs a value");
        }
        value = args[++i];
      }
      if (value.isBlank()) {
        throw new BadInput("--" + name + " needs a value");
      }
      options.put(name, value);
    }
    return options;
  }

  /** The known name closest to {@code name} by edit distance, if it is close enough to be a typo. */
  static String nearest(String name, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = editDistance(name, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return bestDistance <= Math.max(1, name.length() / 3) ? best : null;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  private int execute(Map<String, String> o, SceneCodec codec) throws Exception {
    LandscapeCatalog catalog = codec.landscapes();
    if (o.containsKey("help")) {
      onlyWith(o, "help");
      out.println(usage(codec));
      return OK;
    }
    Path lessonsDir = o.containsKey("lessons") ? Path.of(o.get("lessons"))
        : LessonsLocation.current(null).forReading();
    if (o.containsKey("list-lessons")) {
      onlyWith(o, "list-lessons", "lessons");
      return listLessons(codec, lessonsDir);
    }
    if (o.containsKey("check-lessons")) {
      onlyWith(o, "check-lessons", "lessons");
      return checkLessons(codec, catalog, lessonsDir);
    }
    checkOutputs(o);
    WorkspaceSceneCodec scenes = new WorkspaceSceneCodec(codec);
    WorkspaceScene scene = applyOptions(o, scenes, baseScene(o, scenes, lessonsDir));
    WorkspaceResult result = new WorkspaceRunner(catalog).run(scene);
    ResultText.lines(result).forEach(out::println);
    if (o.containsKey("csv")) {
      Path csv = Path.of(o.get("csv"));
      Path json = WorkspaceCsv.writeWithSidecar(result, csv, scenes, o.containsKey("csv-comments"));
      out.println("wrote " + csv + " and " + json);
    }
    if (o.containsKey("export") || o.containsKey("gif")) {
      render(o, scene, stepTitle(o, codec, lessonsDir));
    }
    return OK;
  }

  /** Refuses options that the chosen action would silently ignore. */
  private static void onlyWith(Map<String, String> o, String... allowed) throws BadInput {
    List<String> ok = List.of(allowed);
    for (String name : o.keySet()) {
      if (!ok.contains(name)) {
        throw new BadInput("--" + name + " has no effect with --" + allowed[0]
            + (ok.size() > 1 ? " (it takes only --" + String.join(", --", ok.subList(1, ok.size())) + ")" : ""));
      }
    }
  }

  /**
   * Every output path is checked before anything is computed: a folder, a missing folder or a
   * read-only place is refused with its reason (and never replaced by an image).
   */
  private static void checkOutputs(Map<String, String> o) throws BadInput {
    List<Path> outputs = new ArrayList<>();
    for (String key : List.of("export", "gif", "csv")) {
      if (o.containsKey(key)) {
        Path p = Path.of(o.get(key));
        outputs.add(p);
        if (key.equals("csv")) {
          outputs.add(TrajectoryCsv.sidecar(p));
        }
      }
    }
    for (Path p : outputs) {
      try {
        OutputFiles.check(p);
      } catch (OutputFiles.Refused e) {
        throw new BadInput(e.getMessage());
      }
    }
    for (String key : List.of("what", "scale", "size", "light", "present", "plain")) {
      if (o.containsKey(key) && !o.containsKey("export") && !o.containsKey("gif")) {
        throw new BadInput("--" + key + " goes with --export or --gif");
      }
    }
    for (String key : List.of("frames", "fps")) {
      if (o.containsKey(key) && !o.containsKey("gif")) {
        throw new BadInput("--" + key + " goes with --gif");
      }
    }
    if (o.containsKey("csv-comments") && !o.containsKey("csv")) {
      throw new BadInput("--csv-comments goes with --csv");
    }
    part(o);
    gifOptions(o);
  }

  /** "Lesson 01, step 3: The edge: η = 1" for a lesson step; null otherwise. */
  private static String stepTitle(Map<String, String> o, SceneCodec codec, Path dir) {
    if (!o.containsKey("lesson")) {
      return null;
    }
    Lesson l = library(codec).load(dir).find(o.get("lesson"));
    int step = Integer.parseInt(o.getOrDefault("step", "1"));
    return l.steps().get(step - 1).title();
  }

  private WorkspaceScene baseScene(Map<String, String> o, WorkspaceSceneCodec scenes, Path lessonsDir)
      throws BadInput {
    SceneCodec codec = scenes.lab();
    if (o.containsKey("lesson") && o.containsKey("scene")) {
      throw new BadInput("give either --lesson or --scene, not both");
    }
    if (o.containsKey("step") && !o.containsKey("lesson")) {
      throw new BadInput("--step goes with --lesson");
    }
    if (o.containsKey("lesson")) {
      LessonLibrary.Contents contents = library(codec).load(lessonsDir);
      Lesson lesson = contents.find(o.get("lesson"));
      if (lesson == null) {
        for (LessonProblem p : contents.problems()) {
          if (Path.of(p.file()).getFileName().toString().startsWith(o.get("lesson"))) {
            throw new BadInput("lesson " + o.get("lesson") + " is malformed: " + p);
          }
        }
        List<String> known = new ArrayList<>();
        contents.lessons().forEach(l -> known.add(l.number()));
        throw new BadInput("no lesson '" + o.get("lesson") + "' in " + lessonsDir
            + (known.isEmpty() ? " (the folder has no lessons)" : "; there are " + String.join(", ", known)));
      }
      int step;
      try {
        step = Integer.parseInt(o.getOrDefault("step", "1"));
      } catch (NumberFormatException e) {
        throw new BadInput("--step must be a whole number, was '" + o.get("step") + "'");
      }
      if (step < 1 || step > lesson.steps().size()) {
        throw new BadInput("lesson " + lesson.number() + " has steps 1 to " + lesson.steps().size()
            + ", not " + step);
      }
      return lesson.steps().get(step - 1).scene();
    }
    if (o.containsKey("scene")) {
      Path file = Path.of(o.get("scene"));
      try {
        return scenes.parse(Files.readString(file));
      } catch (SceneFormatException e) {
        throw new BadInput(file + ":" + e.line() + ": " + e.reason());
      } catch (java.io.IOException e) {
        throw new BadInput("cannot read " + file + ": " + e.getMessage());
      }
    }
    return o.containsKey("workspace") ? initialOf(o.get("workspace")) : Scene.initial();
  }

  private static WorkspaceScene initialOf(String workspace) throws BadInput {
    try {
      return WorkspaceSceneCodec.initial(Workspace.byKey(workspace));
    } catch (IllegalArgumentException e) {
      throw new BadInput("--workspace: " + e.getMessage());
    }
  }

  /**
   * Options become "key: value" lines read over the base scene by its workspace's codec (or the
   * one --workspace names): one validation, one set of messages, for every workspace.
   */
  private static WorkspaceScene applyOptions(Map<String, String> o, WorkspaceSceneCodec scenes,
      WorkspaceScene base) throws BadInput {
    Workspace w = o.containsKey("workspace") ? initialOf(o.get("workspace")).workspace() : base.workspace();
    StringBuilder text = new StringBuilder();
    List<String> names = new ArrayList<>();
    List<String> keys = scenes.keys(w);
    for (Map.Entry<String, String> e : o.entrySet()) {
      String key = e.getKey();
      boolean scene = keys.contains(key) || (w == Workspace.LAB && scenes.lab().isLandscapeParameter(key));
      if (scene) {
        text.append(key).append(": ").append(e.getValue()).append('\n');
        names.add("--" + e.getKey());
      } else if (!OTHER.contains(key) && !FLAGS.contains(key)) {
        throw new BadInput("--" + key + " is not an option of the " + w.key() + " workspace; it takes "
            + String.join(", ", keys.stream().filter(k -> !k.equals("workspace")).toList()));
      }
    }
    try {
      return scenes.parse(text.toString(), base, WorkspaceSceneCodec::initial);
    } catch (SceneFormatException e) {
      String flag = names.get(e.line() - 1);
      // A scene's reason names its key ("data: …"); the flag already says it.
      String reason = e.reason().startsWith(flag.substring(2) + ": ")
          ? e.reason().substring(flag.length()) : e.reason();
      throw new BadInput(flag + ": " + reason);
    }
  }

  private int listLessons(SceneCodec codec, Path dir) throws BadInput {
    if (!Files.isDirectory(dir)) {
      throw new BadInput("no lessons folder " + dir);
    }
    LessonLibrary.Contents contents = loadLessons(codec, dir);
    for (Lesson l : contents.lessons()) {
      out.println(l.number() + "  " + l.title() + "  (" + l.steps().size() + " steps)");
      for (int i = 0; i < l.steps().size(); i++) {
        out.println("      " + (i + 1) + ". " + l.steps().get(i).title());
      }
    }
    for (LessonProblem p : contents.problems()) {
      err.println("malformed: " + p);
    }
    return contents.problems().isEmpty() ? OK : BAD_INPUT;
  }

  /**
   * Every step of every lesson: how each optimizer's run ends, and each claim with its verdict.
   * Exit 0 when all claims hold, 1 when one does not, 2 when a lesson is malformed.
   */
  private int checkLessons(SceneCodec codec, LandscapeCatalog catalog, Path dir) throws BadInput {
    if (!Files.isDirectory(dir)) {
      throw new BadInput("no lessons folder " + dir);
    }
    LessonLibrary.Contents contents = loadLessons(codec, dir);
    WorkspaceRunner runner = new WorkspaceRunner(catalog);
    int failed = 0;
    int checked = 0;
    int predictions = 0;
    for (Lesson l : contents.lessons()) {
      out.println(l.number() + "  " + l.title());
      for (int i = 0; i < l.steps().size(); i++) {
        org.gradientlab.lesson.LessonStep step = l.steps().get(i);
        out.println("  " + (i + 1) + ". " + step.title());
        WorkspaceResult r = runner.run(step.scene());
        for (String line : ResultText.lines(r)) {
          out.println("       " + line);
        }
        for (org.gradientlab.lesson.LessonClaim c : step.claims()) {
          org.gradientlab.lesson.Claim.Verdict v = c.check(r);
          checked++;
          if (!v.holds()) {
            failed++;
          }
          out.println("     " + (v.holds() ? "ok   " : "FAIL ") + l.source() + ":" + c.line() + "  '"
              + c.text() + "'" + (v.holds() ? "" : "  but " + v.actual()));
        }
        org.gradientlab.lesson.Prediction p = step.prediction();
        if (p != null) {
          org.gradientlab.lesson.Expected e = p.expected(r, runner);
          predictions++;
          if (!e.defined()) {
            failed++;
          }
          out.println("     " + (e.defined() ? "ok   " : "FAIL ") + l.source() + ":" + p.line() + "  predict '"
              + p.answer().text() + "'" + (e.defined() ? " is " + e.shown() : "  has no well-defined answer: " + e.problem()));
        }
      }
    }
    for (LessonProblem p : contents.problems()) {
      err.println("malformed: " + p);
    }
    out.println(checked + " claims and " + predictions + " predictions checked, " + failed + " failed");
    if (!contents.problems().isEmpty()) {
      return BAD_INPUT;
    }
    return failed == 0 ? OK : FAILED;
  }

  /** The lessons of {@code dir}; a folder with neither a lesson nor a malformed one is an error. */
  private static LessonLibrary.Contents loadLessons(SceneCodec codec, Path dir) throws BadInput {
    LessonLibrary.Contents contents = library(codec).load(dir);
    if (contents.lessons().isEmpty() && contents.problems().isEmpty()) {
      throw new BadInput("no lesson found in " + dir + " (lessons are Markdown files named like"
          + " 01-learning-rate.md)");
    }
    return contents;
  }

  private static LessonLibrary library(SceneCodec codec) {
    return new LessonLibrary(new LessonParser(codec));
  }

  // ---- pictures -----------------------------------------------------------------------------

  /**
   * Pictures of {@code shown}'s workspace through the app's own window: the scene applied as a
   * lesson step would apply it, once the workspace has done the scene's work.
   */
  private void render(Map<String, String> o, WorkspaceScene shown, String title) throws Exception {
    double scale = scale(o);
    WorkspacePictures.Part part = part(o);
    GifExport.Options gifOptions = gifOptions(o);
    int[] size = size(o);
    startHeadlessFx();
    MainWindow window = Fx.call(() -> {
      MainWindow w = GradientLabApp.createWindow(null);
      w.display().lightProperty().set(o.containsKey("light"));
      w.display().presentationProperty().set(o.containsKey("present"));
      Stage stage = new Stage();
      stage.setScene(GradientLabApp.scene(w));
      stage.setWidth(size[0]);
      stage.setHeight(size[1]);
      stage.show();
      w.workspaces().show(shown);
      return w;
    });
    try {
      if (shown instanceof Scene) {
        // The lab resolves defaults (e.g. the landscape's start point): wait for its own version.
        awaitReady(window, Fx.call(() -> window.labModel().snapshot()));
      } else {
        awaitIdle(window, shown.workspace());
      }
      WorkspacePictures pictures = Fx.call(window::pictures);
      if (o.containsKey("export")) {
        Path png = Path.of(o.get("export"));
        WritableImage image = ImageExport.render(pictures, part,
            new WorkspacePictures.Options(scale, title, o.containsKey("plain")), window, Progress.NONE);
        ImageExport.writePng(image, png);
        out.println("wrote " + png + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + " px)");
      }
      if (o.containsKey("gif")) {
        Path gif = Path.of(o.get("gif"));
        int frames = GifExport.write(pictures, gif, gifOptions, Progress.NONE);
        out.println("wrote " + gif + " (" + frames + " frames, " + Files.size(gif) / 1024 + " KB)");
      }
    } finally {
      Fx.call(() -> {
        window.dispose();
        return null;
      });
    }
  }

  /** Waits until the net or hypergradient workspace has done its scene's work. */
  private static void awaitIdle(MainWindow window, Workspace w) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Fx.call(() -> window.workspaces().isIdle(w))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the " + w.key() + " workspace did not finish within 120 s");
      }
      Thread.sleep(50);
    }
    Fx.call(() -> null); // let queued redraws run
  }

  /** --frames and --fps of a GIF, and its scale (default 1). */
  private static GifExport.Options gifOptions(Map<String, String> o) throws BadInput {
    int frames;
    double fps;
    try {
      frames = Integer.parseInt(o.getOrDefault("frames", Integer.toString(GifExport.MAX_FRAMES)));
    } catch (NumberFormatException e) {
      throw new BadInput("--frames must be a whole number, was '" + o.get("frames") + "'");
    }
    try {
      fps = Double.parseDouble(o.getOrDefault("fps", Double.toString(GifExport.Options.DEFAULT.fps())));
    } catch (NumberFormatException e) {
      throw new BadInput("--fps must be a number, was '" + o.get("fps") + "'");
    }
    try {
      return new GifExport.Options(frames, fps, o.containsKey("scale") ? scale(o) : 1);
    } catch (IllegalArgumentException e) {
      throw new BadInput("--" + e.getMessage());
    }
  }

  private static double scale(Map<String, String> o) throws BadInput {
    String s = o.getOrDefault("scale", "2");
    if (!List.of("1", "2", "4").contains(s)) {
      throw new BadInput("--scale is 1, 2 or 4, was '" + s + "'");
    }
    return Double.parseDouble(s);
  }

  /**
   * --what: slide, plot (the lab's is its landscape, so "landscape" says the same), charts, window,
   * surface (the lab's 3-D view of a 2-D landscape).
   */
  private static WorkspacePictures.Part part(Map<String, String> o) throws BadInput {
    return switch (o.getOrDefault("what", "slide").toLowerCase(Locale.ROOT)) {
      case "slide" -> WorkspacePictures.Part.SLIDE;
      case "plot", "landscape" -> WorkspacePictures.Part.MAIN_PLOT;
      case "charts" -> WorkspacePictures.Part.CHARTS;
      case "window" -> WorkspacePictures.Part.WINDOW;
      case "surface", "3d", "3-d" -> WorkspacePictures.Part.SURFACE;
      default -> throw new BadInput("--what is slide, plot (landscape), charts, window or surface (the lab's 3-D view), was '"
          + o.get("what") + "'");
    };
  }

  private static int[] size(Map<String, String> o) throws BadInput {
    String s = o.getOrDefault("size", (int) GradientLabApp.WIDTH + "x" + (int) GradientLabApp.HEIGHT);
    String[] wh = s.toLowerCase(Locale.ROOT).split("x");
    try {
      int w = Integer.parseInt(wh[0]);
      int h = Integer.parseInt(wh[1]);
      if (w < 400 || h < 300 || w > 3840 || h > 2160) {
        throw new BadInput("--size must be between 400x300 and 3840x2160, was " + s);
      }
      return new int[] {w, h};
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new BadInput("--size is WIDTHxHEIGHT, e.g. 1400x900; was '" + s + "'");
    }
  }

  /** JavaFX on headless Monocle, exactly as the tests run it: no display is needed. */
  static void startHeadlessFx() throws InterruptedException {
    // JavaFX warns that it was loaded from the classpath; the command line is meant to run that way.
    JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("headless.geometry", "3840x2160-32");
    System.setProperty("java.awt.headless", "true");
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    Platform.setImplicitExit(false);
    started.await(30, TimeUnit.SECONDS);
  }

  /** Waits until the lab shows {@code scene}'s result (and, for 2-D landscapes, its heat map). */
  private static void awaitReady(MainWindow window, Scene scene) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      boolean ready = Fx.call(() -> {
        SceneResult r = window.labModel().getResult();
        if (r == null || !r.scene().equals(scene)) {
          return false;
        }
        return r.objective().dimension() == 1
            || window.lab().landscapeView().heatmapProperty().get() != null
            && window.lab().landscapeView().heatmapProperty().get().objective() == r.objective();
      });
      if (ready) {
        Fx.call(() -> null); // let queued redraws run
        return;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the lab did not finish computing the scene within 60 s");
  }
}
