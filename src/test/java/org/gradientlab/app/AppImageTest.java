package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app, through the image's own launcher: run by the dist profile after jpackage has
 * built the image ({@code mvn -B verify -Pdist} sets {@code dist.image}); skipped in the ordinary
 * build, which has no image. Headless: the command line renders through Monocle, so no display is
 * needed. The launcher runs with {@code GRADIENTLAB_HOME} in a temporary folder, so it never
 * touches the user's own lessons, log or preferences.
 */
@EnabledIfSystemProperty(named = "dist.image", matches = ".+")
class AppImageTest {

  private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
  private static final boolean MAC = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");

  @TempDir
  Path tmp;

  private static Path image() {
    return Path.of(System.getProperty("dist.image"));
  }

  private static Path launcher() {
    Path image = image();
    return WINDOWS ? image.resolve("GradientLab.exe")
        : MAC ? image.resolve("Contents/MacOS/GradientLab") : image.resolve("bin/GradientLab");
  }

  /** Where jpackage put the app's own files ({@code $APPDIR}). */
  private static Path appDir() {
    Path image = image();
    return WINDOWS ? image.resolve("app") : MAC ? image.resolve("Contents/app") : image.resolve("lib/app");
  }

  private static Path runtime() {
    Path image = image();
    return WINDOWS ? image.resolve("runtime") : MAC ? image.resolve("Contents/runtime") : image.resolve("lib/runtime");
  }

  private record Run(int status, String out, String err) {}

  /** The launcher with {@code args}, no display, the user's files in a temporary folder. */
  private Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.environment().put(UserFolders.HOME_VARIABLE, tmp.resolve("home").toString());
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 180 s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theImageHoldsItsOwnRuntimeJavaFxWithNativesAndTheShippedLessons() throws IOException {
    assertThat(launcher()).isExecutable();
    assertThat(runtime().resolve("release")).exists();
    // A jlink'd runtime, not a JDK: no compiler inside.
    assertThat(runtime().resolve("bin/javac")).doesNotExist();
    try (Stream<Path> jars = Files.list(appDir().resolve("lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.matches("javafx-graphics-.*-(linux|win|mac|mac-aarch64)\\.jar"))
          .anyMatch(n -> n.startsWith("controlsfx-"));
    }
    try (Stream<Path> shipped = Files.list(appDir().resolve("lessons"));
        Stream<Path> repository = Files.list(Path.of("lessons"))) {
      List<String> inImage = shipped.map(p -> p.getFileName().toString()).sorted().toList();
      List<String> inRepository = repository.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md")).sorted().toList();
      assertThat(inImage).isEqualTo(inRepository);
      for (String name : inImage) {
        assertThat(appDir().resolve("lessons").resolve(name)).hasSameBinaryContentAs(Path.of("lessons", name));
      }
    }
  }

  @Test
  void theImageMapsTheStartUpArchiveItsBuildWrote() {
    Path archive = appDir().resolve("gradient-lab.jsa");
    assertThat(archive).exists();
    assertThat(archive.toFile().length()).as("classes of JavaFX and the app").isGreaterThan(5_000_000);
    assertThat(appDir().resolve("GradientLab.cfg")).content().contains("-XX:SharedArchiveFile=$APPDIR/gradient-lab.jsa");
  }

  @Test
  void theLauncherRendersALessonSlideWithoutADisplayFromTheShippedLessons() throws Exception {
    Run r = run("--lesson", "01", "--step", "3", "--export", "s.png");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("GD: oscillating").contains("wrote s.png (3200×1800 px)");
    BufferedImage slide = ImageIO.read(tmp.resolve("s.png").toFile());
    assertThat(slide.getWidth()).isEqualTo(3200);
    assertThat(slide.getHeight()).isEqualTo(1800);
    assertThat(tmp.resolve("home/lessons")).as("the command line only reads").doesNotExist();
  }

  @Test
  void theLauncherChecksEveryShippedLessonsClaims() throws Exception {
    Run r = run("--check-lessons");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("\\d+ claims and \\d+ predictions checked, 0 failed");
  }

  @Test
  void withoutADisplayTheWindowSaysWhatIsMissingInsteadOfAStackTrace() throws Exception {
    assumeTrue(!WINDOWS && !MAC, "only Linux may have no display");
    Run r = run();
    assertThat(r.status()).isEqualTo(CommandLine.BAD_INPUT);
    assertThat(r.err()).contains("needs a display").doesNotContain("Exception");
  }
}
