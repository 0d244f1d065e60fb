package org.gradientlab.net;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of a small multilayer perceptron: 2 inputs, hidden layers of the given widths with one
 * activation, and one sigmoid output unit (the probability of class 1).
 *
 * <p>All parameters live in one flat vector θ, layer by layer: for layer l (1-based) its weight
 * matrix W_l (out × in, row-major: W_l[j, i] at weightOffset(l) + j·in + i), then its biases b_l.
 */
public record NetLayout(List<Integer> hidden, Activation activation) {

  public static final int INPUTS = 2;
  public static final int MAX_WIDTH = 64;
  public static final int MAX_LAYERS = 10;

  public NetLayout {
    hidden = List.copyOf(hidden);
    if (hidden.isEmpty() || hidden.size() > MAX_LAYERS) {
      throw new IllegalArgumentException("between 1 and " + MAX_LAYERS + " hidden layers, was " + hidden.size());
    }
    for (int w : hidden) {
      if (w < 1 || w > MAX_WIDTH) {
        throw new IllegalArgumentException("hidden layers have 1 to " + MAX_WIDTH + " units, was " + w);
      }
    }
  }

  /** Layers with weights: the hidden ones and the output one. */
  public int layerCount() {
    return hidden.size() + 1;
  }

  /** Units feeding layer l (1-based). */
  public int fanIn(int l) {
    return l == 1 ? INPUTS : hidden.get(l - 2);
  }

  /** Units of layer l (1-based); the last layer has the single output unit. */
  public int width(int l) {
    return l == layerCount() ? 1 : hidden.get(l - 1);
  }

  public int weightOffset(int l) {
    int offset = 0;
    for (int k = 1; k < l; k++) {
      offset += width(k) * fanIn(k) + width(k);
    }
    return offset;
  }

  public int biasOffset(int l) {
    return weightOffset(l) + width(l) * fanIn(l);
  }

  public int parameterCount() {
    return weightOffset(layerCount() + 1);
  }

  /** True where θ holds a weight (penalised by λ), false for biases. */
  public boolean[] weightMask() {
    boolean[] mask = new boolean[parameterCount()];
    for (int l = 1; l <= layerCount(); l++) {
      for (int i = weightOffset(l); i < biasOffset(l); i++) {
        mask[i] = true;
      }
    }
    return mask;
  }

  /** "W2[3,1]" or "b1[0]": the name of parameter {@code index}, as the slice chooser shows it. */
  public String parameterName(int index) {
    for (int l = 1; l <= layerCount(); l++) {
      if (index < biasOffset(l)) {
        int k = index - weightOffset(l);
        return "W" + l + "[" + (k / fanIn(l)) + "," + (k % fanIn(l)) + "]";
      }
      if (index < weightOffset(l + 1)) {
        return "b" + l + "[" + (index - biasOffset(l)) + "]";
      }
    }
    throw new IndexOutOfBoundsException(index);
  }

  public List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameterCount(); i++) {
      names.add(parameterName(i));
    }
    return names;
  }

  /** Fresh weights from {@code init} and zero biases, reproducible from the seed. */
  public double[] initialWeights(Initialization init, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] theta = new double[parameterCount()];
    for (int l = 1; l <= layerCount(); l++) {
      for (int i = weightOffset(l); i < biasOffset(l); i++) {
        theta[i] = init.sample(fanIn(l), width(l), r);
      }
    }
    return theta;
  }

  /** "2–8–8–1 tanh". */
  public String describe() {
    StringBuilder b = new StringBuilder("2");
    for (int w : hidden) {
      b.append('–').append(w);
    }
    return b.append("–1 ").append(activation.label()).toString();
  }
}
