package org.lactationclinic.domain.photo;

import java.util.UUID;

/** The bytes of one photograph, with what the caller needs to check and audit the view. */
public record PhotoBytes(
        UUID uuid, UUID consultationUuid, UUID motherUuid, String mediaType, boolean voided, byte[] content) {}
