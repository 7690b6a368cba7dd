package org.factdesk.bulkimport.control;

import java.io.Serializable;

/** A file of an import still waiting for its result: what the batch job reads. */
public record PendingFile(long entryId, int position, String name) implements Serializable {

    public SourceFile source() {
        return new SourceFile(position, name);
    }
}
