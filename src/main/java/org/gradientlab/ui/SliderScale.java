package org.gradientlab.ui;

/**
 * How a slider's position maps to a value. LOG spans decades evenly (η from 1e-4 to 10); LOG_WITH_ZERO
 * adds a notch left of the smallest decade that means exactly 0 (λ = 0: no regularisation at all).
 */
enum SliderScale {
  LINEAR,
  LOG,
  LOG_WITH_ZERO;

  /** Width of the zero notch, in decades. */
  static final double ZERO_NOTCH = 0.6;

  double toPosition(double value, double min) {
    return switch (this) {
      case LINEAR -> value;
      case LOG -> Math.log10(value);
      case LOG_WITH_ZERO -> value <= 0 ? Math.log10(min) - ZERO_NOTCH : Math.log10(Math.max(value, min));
    };
  }

  double toValue(double position, double min) {
    return switch (this) {
      case LINEAR -> position;
      case LOG -> Math.pow(10, position);
      case LOG_WITH_ZERO -> position < Math.log10(min) - ZERO_NOTCH / 2 ? 0
          : Math.pow(10, Math.max(position, Math.log10(min)));
    };
  }

  double positionMin(double min) {
    return this == LOG_WITH_ZERO ? Math.log10(min) - ZERO_NOTCH : toPosition(min, min);
  }
}
