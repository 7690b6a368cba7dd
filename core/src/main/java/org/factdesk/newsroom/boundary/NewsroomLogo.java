package org.factdesk.newsroom.boundary;

/** The logo's picture as it is served, with the newsroom version it belongs to. */
public record NewsroomLogo(byte[] bytes, String contentType, long version) {

    public NewsroomLogo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
