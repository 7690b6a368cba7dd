package org.factdesk.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The version of Factdesk's own stylesheets and pictures, which OmniFaces' VersionedResourceHandler appends to their
 * addresses ({@code faces-config.xml}): a digest of every file under {@code /resources}, so it changes exactly when
 * one of them does, and a browser that keeps them for a year never keeps an old one.
 */
@Named
@ApplicationScoped
public class StaticResources {

    private static final String ROOT = "/resources/";

    @Inject
    ServletContext context;

    private String version;

    @PostConstruct
    void digest() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var files = new TreeSet<String>();
            collect(ROOT, files);
            for (var path : files) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(String folder, TreeSet<String> files) {
        var paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (var path : paths) {
            if (path.endsWith("/")) {
                collect(path, files);
            } else {
                files.add(path);
            }
        }
    }

    public String getVersion() {
        return version;
    }
}
