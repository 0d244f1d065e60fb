package org.gradientlab.plot;

/** A piece of the level set f = level, between two points in data coordinates. */
public record ContourSegment(double level, double x0, double y0, double x1, double y1) {}
