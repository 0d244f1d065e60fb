package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped lessons reach the user's folder once each, and never over a teacher's file. */
class ShippedLessonsTest {

  @TempDir
  Path tmp;
  private Path shipped;
  private Path folder;
  private Path record;

  @BeforeEach
  void shippedLessons() throws Exception {
    shipped = Files.createDirectories(tmp.resolve("image/lessons"));
    Files.writeString(shipped.resolve("01-a.md"), "shipped one");
    Files.writeString(shipped.resolve("02-b.md"), "shipped two");
    Files.writeString(shipped.resolve("notes.txt"), "not a lesson");
    folder = tmp.resolve("user/lessons");
    record = tmp.resolve("user/shipped-lessons.txt");
  }

  @Test
  void theFirstStartCopiesEveryShippedLessonAndSaysWhere() throws Exception {
    ShippedLessons.Report r = ShippedLessons.seed(shipped, folder, record);
    assertThat(r.copied()).containsExactly("01-a.md", "02-b.md");
    assertThat(Files.readString(folder.resolve("01-a.md"))).isEqualTo("shipped one");
    assertThat(folder.resolve("notes.txt")).doesNotExist();
    assertThat(r.message()).startsWith("Copied 2 shipped lessons to " + folder);
  }

  @Test
  void aTeachersEditedLessonIsNeverOverwritten() throws Exception {
    ShippedLessons.seed(shipped, folder, record);
    Files.writeString(folder.resolve("01-a.md"), "my version");
    FileTime edited = Files.getLastModifiedTime(folder.resolve("01-a.md"));
    ShippedLessons.Report again = ShippedLessons.seed(shipped, folder, record);
    assertThat(again.copied()).isEmpty();
    assertThat(again.message()).isEmpty();
    assertThat(Files.readString(folder.resolve("01-a.md"))).isEqualTo("my version");
    assertThat(Files.getLastModifiedTime(folder.resolve("01-a.md"))).isEqualTo(edited);
  }

  @Test
  void aFileOfTheSameNameAlreadyThereIsKeptAndNamed() throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("02-b.md"), "the teacher's own");
    ShippedLessons.Report r = ShippedLessons.seed(shipped, folder, record);
    assertThat(r.copied()).containsExactly("01-a.md");
    assertThat(r.kept()).containsExactly("02-b.md");
    assertThat(Files.readString(folder.resolve("02-b.md"))).isEqualTo("the teacher's own");
    assertThat(r.message()).contains("kept your own 02-b.md");
  }

  @Test
  void aDeletedLessonStaysDeletedButANewShippedOneArrives() throws Exception {
    ShippedLessons.seed(shipped, folder, record);
    Files.delete(folder.resolve("02-b.md"));
    Files.writeString(shipped.resolve("03-c.md"), "new in this version");
    ShippedLessons.Report r = ShippedLessons.seed(shipped, folder, record);
    assertThat(r.copied()).containsExactly("03-c.md");
    assertThat(folder.resolve("02-b.md")).doesNotExist();
  }

  @Test
  void copiesOfReadOnlyShippedLessonsAreWritable() throws Exception {
    Path lesson = shipped.resolve("01-a.md");
    Files.setPosixFilePermissions(lesson, PosixFilePermissions.fromString("r--r--r--"));
    ShippedLessons.seed(shipped, folder, record);
    assertThat(Files.isWritable(folder.resolve("01-a.md"))).isTrue();
    assertThat(Files.readString(lesson)).isEqualTo("shipped one");
  }
}
