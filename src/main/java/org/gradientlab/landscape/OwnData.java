package org.gradientlab.landscape;

import java.util.function.Function;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Objective;

/**
 * How a landscape that is a model's loss on data takes a student's own data: the shape of the CSV
 * file it reads ({@code data: points.csv} in a scene, Import CSV… in the lab) and the objective
 * it builds from the rows, in place of its preset dataset.
 */
public record OwnData(CsvImport.Shape shape, Function<Dataset, Objective> fit) {}
