package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.testing.MemoryPreferences;
import org.junit.jupiter.api.Test;

class LessonProgressTest {

  private final MemoryPreferences node = new MemoryPreferences();

  @Test
  void openedStepsAndFirstAnswersAreStoredInTheNodeAndReadBackByANewStore() {
    LessonProgress p = new LessonProgress(node);
    p.opened("01-a", 0);
    p.opened("01-a", 2);
    p.opened("01-a", 2);
    p.answered("01-a", 2, false);
    p.answered("01-a", 2, true);
    p.answered("01-a", 3, true);
    p.answered("01-a", 3, false);
    LessonProgress.Summary s = new LessonProgress(node).of("01-a");
    assertThat(s.opened()).containsExactly(0, 2);
    assertThat(s.answers()).containsEntry(2, LessonProgress.Answer.RIGHT_AFTER_WRONG)
        .containsEntry(3, LessonProgress.Answer.RIGHT).hasSize(2);
    assertThat(s.rightFirstTime()).isEqualTo(1);
    assertThat(new LessonProgress(node).of("02-b").isEmpty()).isTrue();
    assertThat(node.flushes()).isPositive();
  }

  @Test
  void resetForgetsEveryLesson() {
    LessonProgress p = new LessonProgress(node);
    p.opened("01-a", 1);
    p.answered("03-c", 0, true);
    p.reset();
    assertThat(new LessonProgress(node).of("01-a").isEmpty()).isTrue();
    assertThat(new LessonProgress(node).of("03-c").isEmpty()).isTrue();
  }

  @Test
  void valuesThatDoNotReadAreIgnored() {
    node.put("01-a.opened", "1,x,-3,4");
    node.put("01-a.answers", "2:maybe,zz,5:right");
    LessonProgress.Summary s = new LessonProgress(node).of("01-a");
    assertThat(s.opened()).containsExactly(1, 4);
    assertThat(s.answers()).containsOnlyKeys(5);
  }
}
