package org.gradientlab.export;

/** What long exports report to, and ask, while they run. */
public interface Progress {

  /** Fraction done, 0 … 1. */
  void update(double fraction, String message);

  /** True once the user has asked to stop. */
  boolean cancelled();

  Progress NONE =
      new Progress() {
        @Override
        public void update(double fraction, String message) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };
}
