package org.gradientlab.lesson;

import java.util.List;
import org.gradientlab.scene.Scene;

/**
 * One step of a lesson.
 *
 * @param text Markdown with inline $…$ and display $$…$$ LaTeX maths
 * @param scene the full scene this step sets (its own block applied over the previous step's)
 * @param question a question or suggested action for the student, or "" for none
 * @param claims statements about the scene's runs that the lesson checks are made against
 * @param line the line of the step's heading in its file
 */
public record LessonStep(String title, String text, Scene scene, String question,
    List<Claim> claims, int line) {

  public LessonStep {
    claims = List.copyOf(claims);
  }
}
