package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;

/**
 * Appends a step to a lesson file: "save the current setup as a lesson step". The file is read
 * afresh from disk and only added to, so nothing a teacher wrote (even since the app loaded it) is
 * changed; the new file replaces the old one in one atomic move.
 */
public final class LessonWriter {

  private final SceneCodec codec;

  public LessonWriter(SceneCodec codec) {
    this.codec = codec;
  }

  /** The text appended for a step: heading, text, scene block. */
  public String stepText(String title, String text, Scene scene) {
    String heading = title.isBlank() ? "New step" : title.strip().replace('\n', ' ');
    StringBuilder b = new StringBuilder("\n## ").append(heading).append("\n\n");
    if (!text.isBlank()) {
      b.append(text.strip()).append("\n\n");
    }
    b.append("```scene\n").append(codec.write(scene)).append("```\n");
    return b.toString();
  }

  public void appendStep(Path file, String title, String text, Scene scene) throws IOException {
    String current = Files.readString(file, StandardCharsets.UTF_8);
    String joined = current + (current.endsWith("\n") || current.isEmpty() ? "" : "\n")
        + stepText(title, text, scene);
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".lesson", ".tmp");
    try {
      Files.writeString(tmp, joined, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
