package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it. Outcome and CSV runs happen in this JVM; picture runs start a
 * separate JVM without DISPLAY, exactly as a user on a headless machine would.
 */
class CommandLineTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run inProcess(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run separateJvm(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.gradientlab.app.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("DISPLAY");
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command line finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Path lessonWith(String name, String... predict) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("predictions-" + name));
    Files.writeString(folder.resolve("01-p.md"), String.join("\n", "---", "title: P", "---", "## S",
        "```scene", "objective: parabola", "eta: 0.25", "start: 1", "```", "Text.", "```predict",
        String.join("\n", predict), "```", ""));
    return folder;
  }

  @Test
  void checkLessonsSaysEachPredictionsAnswerAndFailsOnOneWithoutAClearMargin() throws IOException {
    Path good = lessonWith("good", "number: Where is $x$?", "answer: GD's x after 5 steps", "within: 0.005", "why: w.");
    Run ok = inProcess("--lessons", good.toString(), "--check-lessons");
    assertThat(ok.status()).isEqualTo(CommandLine.OK);
    assertThat(ok.out()).contains("ok   " + good.resolve("01-p.md") + ":11  predict 'GD's x after 5 steps' is 0.03125")
        .contains("0 claims and 1 predictions checked, 0 failed");
    Path wide = lessonWith("wide", "number: Where is $x$?", "answer: GD's x after 5 steps", "within: 0.5", "why: w.");
    Run bad = inProcess("--lessons", wide.toString(), "--check-lessons");
    assertThat(bad.status()).isEqualTo(CommandLine.FAILED);
    assertThat(bad.out()).contains("FAIL " + wide.resolve("01-p.md") + ":11  predict 'GD's x after 5 steps'  has no"
        + " well-defined answer: the tolerance is 1600 %");
  }

  @Test
  void checkLessonsReportsAMalformedPredictBlockWithItsFileAndLine() throws IOException {
    Path broken = lessonWith("broken", "number: Where is $x$?", "answer: GD's x after five steps", "within: 0.005", "why: w.");
    Run r = inProcess("--lessons", broken.toString(), "--check-lessons");
    assertThat(r.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(r.err()).contains("malformed: " + broken.resolve("01-p.md") + ":13: cannot read the answer");
  }

  @Test
  void helpListsEveryLandscapeOptimizerAndHyperparameterOfTheCatalogs() {
    Run r = inProcess("--help");
    assertThat(r.status()).isZero();
    for (var e : org.gradientlab.landscape.LandscapeCatalog.standard().entries()) {
      assertThat(r.out()).contains(e.id());
      e.parameters().forEach(p -> assertThat(r.out()).contains("--" + p.name()));
    }
    for (var k : org.gradientlab.optimizer.OptimizerCatalog.standard().kinds()) {
      assertThat(r.out()).contains(k.label());
    }
    for (var h : org.gradientlab.optimizer.OptimizerCatalog.standard().hyperparameters()) {
      assertThat(r.out()).contains("--" + h.key() + " " + h.symbol());
    }
    var scenes = new org.gradientlab.scene.WorkspaceSceneCodec(
        new org.gradientlab.scene.SceneCodec(org.gradientlab.landscape.LandscapeCatalog.standard()));
    for (var w : org.gradientlab.scene.Workspace.values()) {
      for (String key : scenes.keys(w)) {
        assertThat(r.out()).as(w + " key " + key).contains("--" + key);
      }
    }
  }

  @Test
  void perOptimizerLearningRatesRunAndNewtonReportsItsCurvature() {
    Run r = inProcess("--landscape", "saddle", "--optimizers", "GD,Newton", "--eta", "0.05,Newton=0.5",
        "--steps", "20");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("GD: ").contains("Newton: ");
    Run bad = inProcess("--optimizers", "GD", "--alpha", "GD=0.5");
    assertThat(bad.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(bad.err()).contains("--alpha: GD has no momentum α");
  }

  @Test
  void aFormulaUndefinedAtTheStartIsDrawnAndTheOutcomeSaysWhy() throws Exception {
    Path png = dir.resolve("a.png");
    Run r = separateJvm("--landscape", "formula", "--f", "log(x)", "--export", png.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("GD: f is undefined at the start: log of a negative number");
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1000);
    Run two = inProcess("--landscape", "formula", "--f", "sqrt(x)+y^2");
    assertThat(two.out()).contains("GD: f is undefined at the start: sqrt of a negative number");
    Run far = inProcess("--start", "1e308");
    assertThat(far.out()).contains("GD: f is undefined at the start: f overflows to ∞");
  }

  @Test
  void theCommandLineRunsANetAndAnOuterLoopWithTheirOwnKeys() throws IOException {
    Run net = inProcess("--workspace", "nets", "--dataset", "xor", "--points", "60", "--layers", "6",
        "--optimizer", "Adam", "--eta", "0.05", "--steps", "30");
    assertThat(net.status()).as(net.err()).isZero();
    assertThat(net.out()).contains("Adam on XOR, 2–6–1 tanh: after 30 updates");
    Path csv = dir.resolve("outer.csv");
    Run hyper = inProcess("--workspace", "hyper", "--problem", "diabetes", "--method", "hoag",
        "--iterations", "4", "--csv", csv.toString());
    assertThat(hyper.status()).as(hyper.err()).isZero();
    assertThat(hyper.out()).contains("HOAG on diabetes: 4 outer iterations");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).startsWith("iteration,lambda,log_lambda,outer_value,validation_loss");
    assertThat(rows).hasSize(5);
    assertThat(Files.readString(dir.resolve("outer.json"))).contains("\"workspace\": \"hyper\"")
        .contains("\"iterations\": \"4\"");
    Run wrong = inProcess("--workspace", "nets", "--kappa", "3");
    assertThat(wrong.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(wrong.err()).contains("--kappa is not an option of the nets workspace");
    Run badProblem = inProcess("--workspace", "hyper", "--problem", "iris");
    assertThat(badProblem.err()).contains("--problem: problem is one of sine, diabetes, breast-cancer");
  }

  @Test
  void theCommandLineRacesOptimizersOnAStudentsFileWithAValidationSplit() throws IOException {
    Path data = dir.resolve("points.csv");
    Files.writeString(data, org.gradientlab.data.CsvImport.text(org.gradientlab.data.ToyDatasets.moons(40, 0.2, 5)));
    Path csv = dir.resolve("race.csv");
    Run race = inProcess("--workspace", "nets", "--data", data.toString(), "--validation", "0.25",
        "--layers", "4", "--optimizers", "Adam,GD", "--eta", "0.05,GD=0.5", "--steps", "10", "--csv", csv.toString());
    assertThat(race.status()).as(race.err()).isZero();
    assertThat(race.out()).contains("Adam on points.csv (40 points), 2–4–1 tanh: after 10 updates")
        .contains("GD on points.csv (40 points), 2–4–1 tanh: after 10 updates").contains("validation loss");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("optimizer,update,epochs,loss,accuracy,validation_loss,validation_accuracy,"
        + "grad_norm_layer1,grad_norm_layer2");
    assertThat(rows).hasSize(1 + 2 * 11);
    assertThat(rows.get(1)).startsWith("Adam,0,0.0,");
    assertThat(rows.get(12)).startsWith("GD,0,0.0,");
    assertThat(Files.readString(dir.resolve("race.json"))).contains("\"optimizers\": \"Adam, GD\"")
        .contains("\"eta\": \"0.05, GD=0.5\"").contains("\"validation\": \"0.25\"");
    Files.writeString(data, "x1,x2,label\n0,0,0\n1,1,3\n");
    Run bad = inProcess("--workspace", "nets", "--data", data.toString());
    assertThat(bad.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(bad.err()).contains("--data: " + data + ": line 3: the label (column 3) must be 0 or 1, was 3")
        .doesNotContain("--data: data:");
  }

  @Test
  void theLabFitsLogisticRegressionToAStudentsFileAndSaysWhereABadRowIs() throws IOException {
    // Not separable (the points (±1, ±1) are in both classes), so GD settles at the one best w.
    Path data = dir.resolve("classes.csv");
    Files.writeString(data, "a,b,label\n2,1,1\n1,1,1\n-1,-1,1\n1,-1,1\n-1,1,1\n-2,-1,0\n-1,-1,0\n1,1,0\n-1,1,0\n1,-1,0\n");
    Run run = inProcess("--landscape", "logistic", "--data", data.toString(), "--optimizers", "GD",
        "--eta", "1", "--steps", "3000");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("GD: converged");
    Files.writeString(data, "1,2,1\n3,4,0\nfive,6,1\n7,8,0\n");
    Run bad = inProcess("--landscape", "logistic", "--data", data.toString());
    assertThat(bad.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(bad.err()).contains("--data: " + data + ": line 3: ").doesNotContain("--data: data:");
    Run wrong = inProcess("--landscape", "bowl", "--data", data.toString());
    assertThat(wrong.err()).contains("--data: a file of your own is for a landscape fitted to data"
        + " (landscape: line or logistic)");
  }

  @Test
  void printsHowEachRunEnded() {
    Run r = inProcess("--landscape", "parabola", "--optimizers", "GD", "--eta", "1.5", "--start", "1");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("GD: diverging ×2 per step from step 1")
        .contains("stopped at step 21");
  }

  @Test
  void theCsvOfGradientDescentOnXSquaredAtEtaOneAlternatesExactlyBetweenOneAndMinusOne()
      throws IOException {
    Path csv = dir.resolve("run.csv");
    Run r = inProcess("--landscape", "parabola", "--optimizers", "GD", "--eta", "1", "--start", "1",
        "--steps", "50", "--csv", csv.toString());
    assertThat(r.status()).isZero();
    // A plain table: the header on the first line, no comment lines (pandas.read_csv with no options).
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("optimizer,k,x,f,grad_norm");
    assertThat(rows).hasSize(52);
    for (int k = 0; k <= 50; k++) {
      String[] cells = rows.get(k + 1).split(",");
      assertThat(cells[0]).isEqualTo("GD");
      assertThat(Integer.parseInt(cells[1])).isEqualTo(k);
      assertThat(Double.parseDouble(cells[2])).isEqualTo(k % 2 == 0 ? 1.0 : -1.0);
      assertThat(Double.parseDouble(cells[3])).isEqualTo(1.0);
    }
    assertThat(rows).noneMatch(l -> l.startsWith("#"));
    // the settings travel with the numbers in the JSON sidecar …
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"eta\": 1.0", "\"steps\": 50");
    // … and above the header only when asked for
    Run commented = inProcess("--landscape", "parabola", "--optimizers", "GD", "--eta", "1", "--start", "1",
        "--steps", "50", "--csv", csv.toString(), "--csv-comments");
    assertThat(commented.status()).isZero();
    assertThat(Files.readString(csv)).contains("# eta: 1\n", "# landscape: parabola\n");
    assertThat(Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList()).isEqualTo(rows);
  }

  @Test
  void badArgumentsAndUnknownLessonsExitWithStatusTwoAndAClearMessage() {
    Run unknownOption = inProcess("--landscape", "bowl", "--speed", "3");
    assertThat(unknownOption.status()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("unknown option --speed");
    Run badValue = inProcess("--landscape", "bowl", "--kappa", "0.1");
    assertThat(badValue.status()).isEqualTo(2);
    assertThat(badValue.err()).contains("--kappa: condition number κ must be between 1 and 1000");
    Run noLesson = inProcess("--lesson", "42", "--step", "1");
    assertThat(noLesson.status()).isEqualTo(2);
    assertThat(noLesson.err()).contains("no lesson '42'");
    Run noStep = inProcess("--lesson", "01", "--step", "99");
    assertThat(noStep.status()).isEqualTo(2);
    assertThat(noStep.err()).contains("has steps 1 to");
    Run missingValue = inProcess("--eta");
    assertThat(missingValue.status()).isEqualTo(2);
    assertThat(missingValue.err()).contains("--eta needs a value");
  }

  /** The hostile tester's table of issue 14: each bad command line gets exit 2 and one clear line. */
  @Test
  void hostileCommandLinesAreRefusedWithStatusTwoAndOneLineSayingWhy() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "precious");
    Path csvDir = dir.resolve("x.csv");
    Files.createDirectories(dir.resolve("y.json"));
    String[][] cases = {
        {"unknown option --bogus", "--bogus"},
        {"unknown option --etaa; did you mean --eta?", "--etaa", "0.1"},
        {"unknown option --bogus", "--list-lessons", "--bogus", "1"},
        {"--eta has no effect with --list-lessons", "--list-lessons", "--eta", "0.1"},
        {"--steps: steps must be between 0 and 100000, was 4294967396", "--steps", "4294967396"},
        {"--batch: SGD batch size b must be in [1, 100000], was 4294967297", "--batch", "4294967297"},
        {"--optimizers: a name is missing", "--optimizers=,"},
        {"--start: start must be finite numbers", "--start", "NaN"},
        {"--light takes no value", "--light=yes"},
        {"cannot write " + dir.resolve("empty") + ": it is a folder", "--export", dir.resolve("empty").toString()},
        {"cannot write " + full + ": it is a folder", "--gif", full.toString()},
        {"the folder /nonexistent does not exist", "--export", "/nonexistent/a.png"},
        {"cannot write " + csvDir + ": it is a folder", "--csv", csvDir.toString()},
        {"y.json: it is a folder", "--csv", dir.resolve("y.csv").toString()},
        {"no lesson found in " + dir.resolve("empty"), "--lessons", dir.resolve("empty").toString(), "--check-lessons"},
        {"--scale goes with --export or --gif", "--scale", "2"},
        {"--frames goes with --gif", "--frames", "30"},
        {"--csv-comments goes with --csv", "--csv-comments"},
        {"--frames must be between 2 and 1000, was 1", "--gif", dir.resolve("a.gif").toString(), "--frames", "1"},
        {"--fps must be a number, was 'fast'", "--gif", dir.resolve("a.gif").toString(), "--fps", "fast"},
        {"--what is slide, plot (landscape), charts, window or surface (the lab's 3-D view), was 'everything'", "--export",
            dir.resolve("a.png").toString(), "--what", "everything"},
    };
    Files.createDirectories(csvDir);
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      Run r = inProcess(args);
      assertThat(r.status()).as(String.join(" ", args) + " → " + r.err()).isEqualTo(CommandLine.BAD_INPUT);
      assertThat(r.err()).as(String.join(" ", args)).contains(c[0]);
      assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(Files.isDirectory(dir.resolve("empty"))).isTrue();
    assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("precious");
    assertThat(Files.exists(dir.resolve("y.csv"))).as("CSV without its JSON").isFalse();
  }

  @Test
  void aPlaceThatCannotBeWrittenIsOneLineWithoutAStackTrace() {
    Run r = inProcess("--optimizers", "GD", "--csv", "/proc/run.csv");
    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains("/proc/run").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void aMalformedLessonFileIsReportedWithItsLine() throws IOException {
    Files.writeString(dir.resolve("05-broken.md"), "---\ntitle: Broken\n---\n## Step\n```scene\neta: fast\n```\n");
    Run r = inProcess("--lessons", dir.toString(), "--lesson", "05");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("05-broken.md:6: eta: 'fast' is not a number");
  }

  @Test
  void makesASlideOfTheRequestedSizeWithoutADisplay() throws Exception {
    Path png = dir.resolve("slide.png");
    Run r = separateJvm("--lesson", "01", "--step", "3", "--export", png.toString(), "--scale", "2");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Unsupported JavaFX configuration");
    var image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(3200);
    assertThat(image.getHeight()).isEqualTo(1800);

    Path landscape = dir.resolve("landscape.png");
    Run l = separateJvm("--landscape", "rosenbrock", "--optimizers", "GD,Adam", "--steps", "200",
        "--export", landscape.toString(), "--what", "landscape", "--scale", "1", "--size", "1000x700",
        "--gif", dir.resolve("run.gif").toString());
    assertThat(l.status()).as(l.err()).isZero();
    var picture = ImageIO.read(landscape.toFile());
    assertThat(picture.getWidth()).isGreaterThan(300);
    // The GIF has one frame per step shown: 200 steps → 120 evenly spaced frames (0 … 200).
    assertThat(gifFrames(dir.resolve("run.gif"))).isEqualTo(org.gradientlab.export.GifExport.MAX_FRAMES);
    assertThat(l.out()).contains("(120 frames, ");
  }

  @Test
  void picturesTheThreeDSurfaceWithoutADisplayAndSaysWhyNotForAOneDimensionalLandscape() throws Exception {
    Path png = dir.resolve("surface.png");
    Run r = separateJvm("--landscape", "himmelblau", "--optimizers", "Adam", "--eta", "0.1", "--steps", "200",
        "--export", png.toString(), "--what", "surface", "--plain", "--scale", "1", "--size", "1000x700");
    assertThat(r.status()).as(r.err()).isZero();
    var picture = ImageIO.read(png.toFile());
    int w = picture.getWidth();
    int h = picture.getHeight();
    assertThat(w).isGreaterThan(300);
    // Adam's path in its catalog colour, and the surface in the map's colours around it.
    int adam = Integer.parseInt(org.gradientlab.optimizer.Adam.KIND.style().onDark().substring(1), 16);
    assertThat(count(picture, 0, w, 0, h, adam)).isGreaterThan(30);
    int background = picture.getRGB(1, 1) & 0xffffff;
    assertThat(count(picture, 0, w, 0, h, background)).isLessThan(w * h * 97 / 100);

    Run line = separateJvm("--landscape", "parabola", "--export", dir.resolve("no.png").toString(), "--what", "surface");
    assertThat(line.status()).isNotZero();
    assertThat(line.err()).contains("no 3-D surface of f(x) = x²").doesNotContain("\tat ");
    assertThat(Files.exists(dir.resolve("no.png"))).isFalse();
  }

  /** Pixels of {@code rgb} (within 15 per channel) in the box [x0, x1) × [y0, y1). */
  static int count(java.awt.image.BufferedImage img, int x0, int x1, int y0, int y1, int rgb) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int p = img.getRGB(x, y);
        boolean same = true;
        for (int ch = 0; ch <= 16; ch += 8) {
          same &= Math.abs((p >> ch & 0xFF) - (rgb >> ch & 0xFF)) < 15;
        }
        n += same ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void exportsASlideAndAGifOfTheNetAndHypergradientWorkspacesFromTheirOwnKeys() throws Exception {
    Path nets = dir.resolve("nets.png");
    Path training = dir.resolve("training.gif");
    Run n = separateJvm("--workspace", "nets", "--dataset", "xor", "--layers", "8", "--steps", "150",
        "--export", nets.toString(), "--scale", "1", "--light", "--gif", training.toString(), "--frames", "20",
        "--fps", "10");
    assertThat(n.status()).as(n.err()).isZero();
    var slide = ImageIO.read(nets.toFile());
    assertThat(slide.getWidth()).isEqualTo(1600);
    assertThat(slide.getHeight()).isEqualTo(900);
    assertThat(slide.getRGB(4, 4) & 0xFFFFFF).isGreaterThan(0xE0E0E0); // light theme
    // the decision picture's class colours, not the lab's parabola
    assertThat(count(slide, 0, 530, 150, 850, 0xE69F00) + count(slide, 0, 530, 150, 850, 0x0072B2))
        .isGreaterThan(500);
    assertThat(gifFrames(training)).isEqualTo(20);
    assertThat(n.out()).contains("(20 frames, ");

    Path hyper = dir.resolve("hyper.png");
    Run h = separateJvm("--workspace", "hyper", "--problem", "sine", "--method", "hoag", "--iterations", "4",
        "--export", hyper.toString(), "--what", "plot", "--scale", "2");
    assertThat(h.status()).as(h.err()).isZero();
    var plot = ImageIO.read(hyper.toFile());
    assertThat(count(plot, 0, plot.getWidth(), 0, plot.getHeight(), 0xFF9F43)).isGreaterThan(100);
  }

  @Test
  void exportsALessonStepInTheWorkspaceItSwitchesTo() throws Exception {
    Files.writeString(dir.resolve("01-two-workspaces.md"), String.join("\n",
        "---", "title: Two workspaces", "---", "## In the lab", "```scene", "landscape: parabola", "```",
        "Text.", "## Choosing λ", "```scene", "workspace: hyper", "problem: sine", "method: hoag",
        "iterations: 3", "```", "Text.", ""));
    Path png = dir.resolve("step.png");
    Run r = separateJvm("--lessons", dir.toString(), "--lesson", "01", "--step", "2", "--export", png.toString(),
        "--scale", "1");
    assertThat(r.status()).as(r.err()).isZero();
    var slide = ImageIO.read(png.toFile());
    assertThat(slide.getWidth()).isEqualTo(1600);
    // C(λ) with its orange iterates on the left half, the phase just taken on the right
    assertThat(count(slide, 0, 1000, 150, 880, 0xFF9F43)).isGreaterThan(50);
    assertThat(count(slide, 1020, 1600, 150, 880, 0xFF9F43)).isZero();
  }

  static int gifFrames(Path gif) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersBySuffix("gif").next();
      reader.setInput(in);
      return reader.getNumImages(true);
    }
  }
}
