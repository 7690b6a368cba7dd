package org.factdesk.analysis.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark of the claim engine against public data. Implementations are listed in
 * {@code META-INF/services/org.factdesk.analysis.evaluation.Evaluation} (test resources) and run by {@link Evaluate}.
 */
public interface Evaluation {

    /** A short name for the table, e.g. "cleaning". */
    String name();

    /**
     * Runs the benchmark on the data folder ({@code shared/data}) and returns one result per dataset and system,
     * including peers and stored reference outputs scored with the same code.
     */
    List<Result> run(Path dataDir) throws Exception;
}
