package org.factdesk.user.entity;

/** Whether a staff account may log in; the states an account's history records. */
public enum AccountState {
    ACTIVE, DEACTIVATED
}
