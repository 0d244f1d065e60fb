package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gradientlab.formula.FormulaParser;
import org.gradientlab.formula.ParseResult;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonProblem;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded hostile tester, bounded in time: random command lines, mutated lesson files and random
 * formula text. Whatever comes in, nothing throws; a bad command line exits 2 with one line and no
 * stack trace; every lesson problem names its file and line; no output is left half-written.
 */
class HostileInputFuzzTest {

  private static final long SEED = 20261201;
  private static final int COMMAND_LINES = 1000;
  private static final int LESSON_FILES = 150;
  private static final int FORMULAS = 3000;

  @TempDir Path dir;

  private static final String[] OPTIONS = {"--landscape", "--objective", "--kappa", "--rotation", "--f",
      "--range", "--data", "--optimizers", "--eta", "--lambda", "--alpha", "--beta1", "--beta2", "--rho",
      "--sigma", "--batch", "--start", "--steps", "--seed", "--view", "--panels", "--lesson", "--step",
      "--lessons", "--scene", "--what", "--scale", "--size", "--light", "--present", "--help",
      "--list-lessons", "--check-lessons", "--workspace", "--dataset", "--points", "--noise", "--layers",
      "--activation", "--init", "--optimizer", "--problem", "--method", "--iterations", "--phase",
      "--bogus", "--", "-x", "--eta=", "--optimizers=,", "--light=yes", "--steps=4294967396"};
  private static final String[] VALUES = {"0", "1", "-1", "0.5", "1e308", "-1e308", "NaN", "Infinity", "∞",
      "4294967396", "2147483648", "3", "50", "1e-300", "", " ", ",", "GD", "Adam,GD", "GD,,Adam", "Newton",
      "eta=0.1", "GD=0.1,Adam=0.01", "bowl", "rosenbrock", "formula", "line", "parabola", "banana",
      "x^2+y^2", "log(x)", "sqrt(x)+y^2", "1/(x*y)", "sin(", "-1,2", "1,2,3", "-4,4,-3,3", "4,-4,3,-3",
      "chart,status", "sidebar", "nets", "hyper", "lab", "garden", "xor", "moons", "12,12", "0,5", "relu",
      "he", "sine", "diabetes", "iris", "hoag", "exact", "2", "01", "99", "slide", "window", "2x2",
      "1400x900", "\u0000", "😀", "--eta"};

  private static final String[] VALID = {
      "--landscape bowl --kappa 50 --optimizers GD,Momentum,Adam --eta 0.5 --steps 200",
      "--landscape rosenbrock --optimizers Adam,Newton --eta 0.001,Newton=1 --start -1.5,2 --steps 300",
      "--landscape parabola --optimizers GD --eta 1 --start 1 --steps 50",
      "--landscape formula --f x^2+3*y^2 --optimizers GD,RMSProp --steps 100",
      "--landscape line --optimizers SGD --batch 5 --steps 100",
      "--workspace nets --dataset xor --points 40 --layers 4 --steps 10",
      "--workspace hyper --problem diabetes --iterations 2"};

  @Test
  void randomCommandLinesNeverCrashAndBadOnesSayWhyInOneLine() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    int bad = 0;
    int ran = 0;
    for (int n = 0; n < COMMAND_LINES; n++) {
      List<String> args = new ArrayList<>();
      if (random.nextBoolean()) {
        // A valid command line with one token changed: the near misses a user types.
        args.addAll(List.of(VALID[random.nextInt(VALID.length)].split(" ")));
        int at = random.nextInt(args.size());
        args.set(at, random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)]
            : OPTIONS[random.nextInt(OPTIONS.length)]);
      } else {
        for (int i = random.nextInt(1, 7); i > 0; i--) {
          args.add(OPTIONS[random.nextInt(OPTIONS.length)]);
          if (random.nextInt(5) > 0) {
            args.add(VALUES[random.nextInt(VALUES.length)]);
          }
        }
      }
      // Outputs go only to the test's own folder: --csv is added here, never drawn at random.
      if (random.nextInt(4) == 0) {
        args.add("--csv");
        args.add(dir.resolve("run" + n + ".csv").toString());
      }
      // Pictures start JavaFX and take seconds each: CommandLineTest covers them.
      if (args.contains("--export") || args.contains("--gif")) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
      String e = err.toString(StandardCharsets.UTF_8);
      String what = String.join(" ", args) + " → " + status + " " + e;
      assertThat(status).as(what).isIn(CommandLine.OK, CommandLine.FAILED, CommandLine.BAD_INPUT);
      assertThat(e).as(what).doesNotContain("Exception").doesNotContain("\tat ");
      if (status == CommandLine.BAD_INPUT) {
        bad++;
        assertThat(e.lines().filter(l -> l.startsWith("gradient-lab: ")).count()).as(what).isEqualTo(1);
      } else if (status == CommandLine.FAILED) {
        // --check-lessons with a failing claim, or an output that could not be written: said in words
        assertThat(e.isBlank() || e.startsWith("gradient-lab: ") || e.startsWith("malformed: ")).as(what).isTrue();
      } else {
        ran++;
      }
    }
    // Nothing half-written: every CSV has its JSON and a header, and no temporary file is left.
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        assertThat(name).doesNotEndWith(".part");
        if (name.endsWith(".csv")) {
          assertThat(p.resolveSibling(name.replace(".csv", ".json"))).exists();
          String header = Files.readAllLines(p).stream().filter(l -> !l.startsWith("#")).findFirst().orElse("");
          assertThat(header).as(name).matches("(optimizer|update|iteration),[^,]+(,[^,]+)+");
        }
      }
    }
    assertThat(bad).as("the corpus is hostile").isGreaterThan(COMMAND_LINES / 4);
    assertThat(ran).as("and some of it runs").isGreaterThan(5);
  }

  @Test
  void mutatedLessonFilesAreReportedWithFileAndLineWhileTheOthersLoad() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<String> shipped = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("lessons"))) {
      for (Path p : files.sorted().toList()) {
        shipped.add(Files.readString(p));
      }
    }
    String[] junk = {"```", "```scene", "```check", "$", "$$", "\\frac{", "}", "## ", "---", "\t- ", "> ",
        "GD converges within -1 steps", "eta: fast", "workspace: hyper", "iterations: 999", "\uFEFF",
        "accuracy reaches 200 % within 3 updates", "\\sqrt[", "MATHSPAN0X", "<!--", "**", "[link](",
        "workspace: nets\nlayers: 0"};
    LessonLibrary library = new LessonLibrary(new LessonParser(new SceneCodec(LandscapeCatalog.standard())));
    for (int n = 0; n < LESSON_FILES; n++) {
      Path folder = Files.createDirectories(dir.resolve("lessons" + n));
      String text = shipped.get(random.nextInt(shipped.size()));
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      for (int m = random.nextInt(1, 6); m > 0; m--) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
          case 0 -> lines.remove(at);
          case 1 -> lines.add(at, junk[random.nextInt(junk.length)]);
          case 2 -> lines.set(at, lines.get(at) + junk[random.nextInt(junk.length)]);
          default -> lines.add(at, lines.get(random.nextInt(lines.size())));
        }
      }
      Files.writeString(folder.resolve("05-mutated.md"), String.join("\n", lines));
      Files.writeString(folder.resolve("01-good.md"), shipped.get(0));
      LessonLibrary.Contents c = library.load(folder);
      assertThat(c.lessons()).as("the good lesson still loads").anyMatch(l -> l.source().endsWith("01-good.md"));
      for (LessonProblem p : c.problems()) {
        assertThat(p.file()).endsWith("05-mutated.md");
        assertThat(p.line()).as(p.toString()).isGreaterThanOrEqualTo(1);
        assertThat(p.reason()).isNotBlank();
      }
    }
  }

  @Test
  void randomFormulaTextIsParsedOrRefusedAtAPositionNeverThrown() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    String alphabet = "xy0123456789.+-*/^()eE, sincotalgqrpbmh|!";
    for (int n = 0; n < FORMULAS; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(0, 40); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      ParseResult r = FormulaParser.parse(text);
      if (r instanceof ParseResult.Failed f) {
        assertThat(f.error().offset()).as(text).isBetween(0, text.length());
        assertThat(f.error().message()).as(text).isNotBlank();
      }
    }
  }
}
