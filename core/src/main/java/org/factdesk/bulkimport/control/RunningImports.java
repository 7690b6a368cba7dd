package org.factdesk.bulkimport.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import executions this server process is running. A queued or running import that is not among them
 * after a restart was cut off by the crash, and is resumed.
 */
@ApplicationScoped
public class RunningImports {

    private final Set<Long> executions = ConcurrentHashMap.newKeySet();

    void started(long executionId) {
        executions.add(executionId);
    }

    void ended(long executionId) {
        executions.remove(executionId);
    }

    public boolean isRunningHere(Long executionId) {
        return executionId != null && executions.contains(executionId);
    }
}
