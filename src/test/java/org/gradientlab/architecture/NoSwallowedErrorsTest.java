package org.gradientlab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No failure is swallowed: the main sources hold no empty lambda (the {@code e -> {}} that drops an
 * error handler's argument) and no empty catch block. Read from the sources, since compiled code
 * no longer shows an empty body.
 */
class NoSwallowedErrorsTest {

  private static final Pattern EMPTY_LAMBDA = Pattern.compile("->\\s*\\{\\s*}");
  private static final Pattern EMPTY_CATCH = Pattern.compile("catch\\s*\\([^)]*\\)\\s*\\{\\s*}");

  @Test
  void theMainSourcesHaveNoEmptyLambdaAndNoEmptyCatch() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        if (EMPTY_LAMBDA.matcher(text).find()) {
          found.add(f + ": empty lambda");
        }
        if (EMPTY_CATCH.matcher(text).find()) {
          found.add(f + ": empty catch");
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void thePatternsFindWhatTheyAreFor() {
    assertThat(EMPTY_LAMBDA.matcher("x.onError(e -> {});").find()).isTrue();
    assertThat(EMPTY_LAMBDA.matcher("run(() -> {\n  })").find()).isTrue();
    assertThat(EMPTY_LAMBDA.matcher("e -> log(e)").find()).isFalse();
    assertThat(EMPTY_CATCH.matcher("} catch (IOException e) {\n}").find()).isTrue();
    assertThat(EMPTY_CATCH.matcher("} catch (IOException e) { LOG.log(e); }").find()).isFalse();
  }
}
