package org.lactationclinic.infrastructure.repository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.staff.StaffUser;

/**
 * A {@link DraftForm} to bytes and back, for the autosave's scratch copy.
 *
 * <p>Java serialization, because the form's classes are already serializable (the page keeps them in the session) and a
 * hand-written mapping of every finding would drift from them. Two precautions: the records the form only refers to
 * (the consultation, the mother, her infants, the consultant) are written as their uuid and read back as the freshly
 * loaded ones, never as stale copies; and reading accepts only the clinic's and the JDK's value classes, so a tampered
 * row cannot make the server build arbitrary objects. A copy that no longer reads (the classes changed in an upgrade)
 * is reported as such, never half-applied.
 */
public final class DraftFormCodec {

    private static final ObjectInputFilter ONLY_FORM_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=100000;maxbytes=" + ConsultationAutosave.FORM_MAX_BYTES
                    + ";org.lactationclinic.domain.**;" + DraftFormCodec.class.getName() + "$*"
                    + ";java.lang.*;java.util.*;java.time.*;java.math.*;!*");

    private DraftFormCodec() {}

    /** What reading a scratch copy does with an object of this class (for the tests of the allow-list). */
    static ObjectInputFilter.Status admits(Class<?> type) {
        return ONLY_FORM_CLASSES.checkInput(new ObjectInputFilter.FilterInfo() {
            @Override
            public Class<?> serialClass() {
                return type;
            }

            @Override
            public long arrayLength() {
                return -1;
            }

            @Override
            public long depth() {
                return 1;
            }

            @Override
            public long references() {
                return 1;
            }

            @Override
            public long streamBytes() {
                return 1;
            }
        });
    }

    public static byte[] encode(DraftForm form) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ReferencingOutput(bytes)) {
            out.writeObject(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param consultation the consultation the form is of, as loaded now, with its mother and infants
     * @return the form, or empty when it cannot be read back
     */
    public static Optional<DraftForm> decode(byte[] serialized, Consultation consultation) {
        Map<UUID, AuditedEntity> known = new HashMap<>();
        known.put(consultation.getUuid(), consultation);
        known.put(consultation.getMother().getUuid(), consultation.getMother());
        known.put(consultation.getConsultant().getUuid(), consultation.getConsultant());
        consultation.getMother().getInfants().forEach(infant -> known.put(infant.getUuid(), infant));
        try (ObjectInputStream in = new ResolvingInput(new ByteArrayInputStream(serialized), known)) {
            in.setObjectInputFilter(ONLY_FORM_CLASSES);
            return Optional.of((DraftForm) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A record the form refers to, by uuid. */
    private record Reference(UUID uuid) implements Serializable {}

    private static final class ReferencingOutput extends ObjectOutputStream {

        ReferencingOutput(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object instanceof Consultation
                    || object instanceof Mother
                    || object instanceof Infant
                    || object instanceof StaffUser) {
                return new Reference(((AuditedEntity) object).getUuid());
            }
            return object;
        }
    }

    private static final class ResolvingInput extends ObjectInputStream {

        private final Map<UUID, AuditedEntity> known;

        ResolvingInput(InputStream in, Map<UUID, AuditedEntity> known) throws IOException {
            super(in);
            this.known = known;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object object) {
            if (object instanceof Reference(UUID uuid)) {
                AuditedEntity entity = known.get(uuid);
                if (entity == null) {
                    throw new IllegalStateException(
                            "The autosaved form refers to " + uuid + ", not of this consultation");
                }
                return entity;
            }
            return object;
        }
    }
}
