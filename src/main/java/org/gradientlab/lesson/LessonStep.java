package org.gradientlab.lesson;

import java.util.List;
import org.gradientlab.scene.WorkspaceScene;

/**
 * One step of a lesson.
 *
 * @param text Markdown with inline $…$ and display $$…$$ LaTeX maths
 * @param scene the full scene this step sets, in its workspace (its own block applied over the
 *     previous step's, or over the lesson's last scene of that workspace when it switches)
 * @param question a question or suggested action for the student, or "" for none
 * @param claims statements about the scene's runs that the lesson checks are made against
 * @param line the line of the step's heading in its file
 * @param derived the check block's 'derived:' notes: figures the text gets by algebra rather than
 *     from a run ("the factor 1 − 2η = 0.8"), so no claim needs to cover them
 * @param prediction what the student predicts before the run is shown, or null for none
 */
public record LessonStep(String title, String text, WorkspaceScene scene, String question,
    List<LessonClaim> claims, int line, List<String> derived, Prediction prediction) {

  /** A step without a prediction. */
  public LessonStep(String title, String text, WorkspaceScene scene, String question,
      List<LessonClaim> claims, int line, List<String> derived) {
    this(title, text, scene, question, claims, line, derived, null);
  }

  public LessonStep {
    claims = List.copyOf(claims);
    derived = List.copyOf(derived);
  }
}
