package org.lactationclinic.web.admin.audit;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.web.ServiceReferences;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One page of the audit search at a time, newest first, counted and paged by the database. */
public class AuditLazyModel extends LazyDataModel<AuditEvent> {

    /** Found again when read back on another server (issue 16): the service's reference cannot be serialized. */
    private transient AuditTrail audit;

    private final AuditSearch search;

    public AuditLazyModel(AuditTrail audit, AuditSearch search) {
        this.audit = audit;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(audit.count(search));
    }

    @Override
    public List<AuditEvent> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.search(search, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return Long.toString(event.getSequenceNumber());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        audit = ServiceReferences.lookup(AuditTrail.class);
    }
}
