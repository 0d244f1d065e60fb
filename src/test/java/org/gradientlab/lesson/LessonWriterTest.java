package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonWriterTest {

  @TempDir Path dir;
  private final SceneCodec codec = new SceneCodec(LandscapeCatalog.standard());

  @Test
  void appendingAStepKeepsEveryByteTheTeacherWroteAndReadsBackAsTheSameScene() throws Exception {
    String original = "---\ntitle: Mine\n---\nMy intro, with odd   spacing.\n\n## One\n```scene\neta: 0.2\n```";
    Path file = dir.resolve("08-mine.md");
    Files.writeString(file, original);
    Scene scene = Scene.initial().withEta(0.75);
    new LessonWriter(codec).appendStep(file, "Saved", "Look at $\\eta$.", scene);

    String now = Files.readString(file);
    assertThat(now).startsWith(original + "\n");
    Lesson lesson = new LessonParser(codec).parse("08-mine", file.toString(), now);
    assertThat(lesson.steps()).hasSize(2);
    assertThat(lesson.steps().get(1).title()).isEqualTo("Saved");
    assertThat(lesson.steps().get(1).scene()).isEqualTo(scene);
  }
}
