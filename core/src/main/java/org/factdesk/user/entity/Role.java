package org.factdesk.user.entity;

/** What a member of staff may do. The names are the security roles used in @RolesAllowed and web.xml. */
public enum Role {
    /** Files reviews on claims. */
    JOURNALIST,
    /** Approves or returns reviews and publishes fact-checks. */
    DESK_CHIEF,
    /** Reads reports and manages users. */
    ADMIN;

    public static final String JOURNALIST_NAME = "JOURNALIST";
    public static final String DESK_CHIEF_NAME = "DESK_CHIEF";
    public static final String ADMIN_NAME = "ADMIN";
}
