package org.lactationclinic.domain.photo;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A photograph without its bytes, for a page or a letter. */
public record PhotoSummary(
        UUID uuid,
        long version,
        PhotoSubjectType subject,
        String mediaType,
        int widthPx,
        int heightPx,
        Instant createdAt,
        String createdBy,
        boolean voided)
        implements Serializable {}
