package org.lactationclinic.web.admin.audit;

import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** One page of the audit search at a time, newest first, counted and paged by the database. */
public class AuditLazyModel extends LazyDataModel<AuditEvent> {

    private final AuditTrail audit;
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
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.search(search, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return Long.toString(event.getSequenceNumber());
    }
}
