package org.factdesk.analysis.benchmark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Starts JMH from {@code mvn exec:java@bench}. Maven runs it inside its own JVM, whose class path holds only
 * Maven's launcher, and JMH gives its forked JVMs that class path; this hands them the project's test class path.
 * Arguments are JMH's own (for example {@code EngineBenchmark -f 2}).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        var entries = new ArrayList<String>();
        for (var loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (var url : urls.getURLs()) {
                    entries.add(toPath(url));
                }
            }
        }
        if (!entries.isEmpty()) {
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
        org.openjdk.jmh.Main.main(args);
    }

    private static String toPath(java.net.URL url) throws URISyntaxException {
        return Path.of(url.toURI()).toString();
    }
}
