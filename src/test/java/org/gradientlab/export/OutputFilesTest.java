package org.gradientlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  @Test
  void anExportThatFailsHalfwayLeavesTheOldFileAndNoPartialOne() throws Exception {
    Path gif = dir.resolve("run.gif");
    Files.writeString(gif, "the old animation");
    assertThatThrownBy(() -> OutputFiles.write(gif, temp -> {
      Files.writeString(temp, "half of the frames");
      throw new IllegalStateException("killed");
    })).hasMessage("killed");
    assertThat(Files.readString(gif)).isEqualTo("the old animation");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run.gif");
    }
  }

  @Test
  void severalFilesAreWrittenAllOrNone() throws Exception {
    Path csv = dir.resolve("run.csv");
    Map<Path, OutputFiles.Content> both = new LinkedHashMap<>();
    both.put(csv, temp -> Files.writeString(temp, "k,x"));
    both.put(dir.resolve("run.json"), temp -> {
      throw new java.io.IOException("disk full");
    });
    assertThatThrownBy(() -> OutputFiles.writeAll(both)).hasMessageContaining("disk full");
    assertThat(Files.exists(csv)).isFalse();
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws Exception {
    Path png = dir.resolve("slide.png");
    OutputFiles.write(png, temp -> Files.writeString(temp, "new"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(png))).isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("rw-rw----"));
    OutputFiles.write(png, temp -> Files.writeString(temp, "newer"));
    assertThat(Files.readString(png)).isEqualTo("newer");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(png))).isEqualTo("rw-rw----");
  }

  @Test
  void foldersAndMissingFoldersAreRefusedWithTheirReason() throws Exception {
    assertThatThrownBy(() -> OutputFiles.check(dir)).hasMessage("cannot write " + dir + ": it is a folder");
    Path nowhere = dir.resolve("no/such/a.png");
    assertThatThrownBy(() -> OutputFiles.check(nowhere))
        .hasMessageContaining("the folder " + dir.resolve("no/such") + " does not exist");
  }
}
