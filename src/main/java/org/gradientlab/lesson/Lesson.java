package org.gradientlab.lesson;

import java.util.List;

/**
 * A guided scenario: a title, an introduction, and steps that each set a scene and explain it.
 *
 * @param id the file name without ".md", e.g. "01-learning-rate"; lessons sort by it
 * @param source where it was read from (a path, or a resource name)
 * @param intro Markdown with LaTeX maths before the first step
 */
public record Lesson(String id, String source, String title, String summary, String intro,
    List<LessonStep> steps) {

  public Lesson {
    steps = List.copyOf(steps);
  }

  /** "01" for "01-learning-rate": how the command line names a lesson. */
  public String number() {
    int dash = id.indexOf('-');
    return dash > 0 ? id.substring(0, dash) : id;
  }
}
