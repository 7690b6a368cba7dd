package org.factdesk.bulkimport.entity;

/** Where the files of an import come from. */
public enum SourceKind {
    /** A ZIP archive uploaded through the import page, kept under the data folder until the import is done. */
    ZIP,
    /** A folder under the server's import root, for archives too large to upload. */
    FOLDER
}
