package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The trainers' one minimiser finds the minimum it is asked for, the same way every time. */
class LbfgsTest {

    @Test
    void findsTheMinimumOfAnIllConditionedQuadratic() {
        Lbfgs.Objective bowl = (x, gradient) -> {
            gradient[0] = 2 * (x[0] - 3);
            gradient[1] = 200 * (x[1] + 1);
            return (x[0] - 3) * (x[0] - 3) + 100 * (x[1] + 1) * (x[1] + 1);
        };
        var minimum = Lbfgs.minimise(bowl, new double[2], 200, 1e-12);
        assertEquals(3, minimum[0], 1e-4);
        assertEquals(-1, minimum[1], 1e-4);
    }

    @Test
    void theLogisticLossSeparatesTheLabelsAndGivesTheSameWeightsTwice() {
        // feature 0 is the bias, feature 1 marks the positive rows, feature 2 is on everywhere half the time
        int[][] rows = {{0, 1}, {0, 1, 2}, {0}, {0, 2}, {0, 1}, {0}};
        double[][] values = {{1, 1}, {1, 1, 1}, {1}, {1, 1}, {1, 1}, {1}};
        boolean[] labels = {true, true, false, false, true, false};
        double[] weights = {1, 1, 1, 1, 1, 1};
        double[] penalised = {0, 1, 1};
        var first = new Lbfgs(rows, values, labels, weights, penalised, 0.1).minimise(new double[3], 100);
        var second = new Lbfgs(rows, values, labels, weights, penalised, 0.1).minimise(new double[3], 100);
        assertArrayEquals(first, second);
        assertTrue(first[1] > 1, "the marking feature carries the label: " + first[1]);
        assertTrue(first[0] < 0, "without it, a row is negative: " + first[0]);
        assertTrue(Math.abs(first[2]) < 0.5, "the feature on both sides says little: " + first[2]);
    }
}
