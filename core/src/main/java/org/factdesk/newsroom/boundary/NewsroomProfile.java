package org.factdesk.newsroom.boundary;

import org.factdesk.newsroom.entity.LogoImage;

/**
 * The newsroom as pages show it, without the logo's bytes (those are read only when the logo itself is asked for).
 *
 * @param url        its own address, or null when the public pages' address is its address
 * @param logoFormat the logo's format, or null when it has none
 * @param version    changes with every change, so a logo address that carries it is new after each replacement
 */
public record NewsroomProfile(String name, String url, LogoImage logoFormat, long version) {

    public boolean hasLogo() {
        return logoFormat != null;
    }
}
