package org.factdesk.bulkimport.control;

/**
 * One file of an import source, before it is read.
 *
 * @param position its place in the source: the index in the archive, or in the sorted folder listing
 * @param name     its path inside the archive or below the chosen folder
 */
public record SourceFile(int position, String name) {
}
