package org.factdesk.analysis.clean;

import java.util.Arrays;

/**
 * Named numeric features of one line, in the order they were added; a name may occur once. A vector may be tied to
 * a condition (what the page structure said of the line): a model then weighs each feature by its own weight plus
 * the weight of its copy under that condition ({@code d|name} or {@code k|name}).
 */
final class FeatureVector {

    /** No condition, the page structure dropped the line, or it kept it. */
    static final int NONE = 0;
    static final int DROPPED = 1;
    static final int KEPT = 2;
    static final String[] PREFIXES = {"", "d|", "k|"};

    int condition = NONE;

    private String[] names = new String[64];
    private double[] values = new double[64];
    private int size;

    void add(String name, double value) {
        if (value == 0) {
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    void flag(String name, boolean on) {
        if (on) {
            add(name, 1);
        }
    }

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    double value(int i) {
        return values[i];
    }

    @Override
    public String toString() {
        var out = new StringBuilder();
        for (var i = 0; i < size; i++) {
            out.append(names[i]).append('=').append(values[i]).append(' ');
        }
        return out.toString().strip();
    }
}
