package org.lactationclinic.web.dyad;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.domain.dyad.MotherSearchRow;
import org.lactationclinic.domain.dyad.MotherSort;
import org.lactationclinic.web.ServiceReferences;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** One page of the mother search at a time, counted, sorted and paged by the database. */
public class MotherLazyModel extends LazyDataModel<MotherSearchRow> {

    /** Found again when read back on another server (issue 16): the service's reference cannot be serialized. */
    private transient DyadService dyads;

    private final MotherSearch search;

    public MotherLazyModel(DyadService dyads, MotherSearch search) {
        this.dyads = dyads;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(dyads.count(search));
    }

    @Override
    public List<MotherSearchRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        MotherSort column = sort == null ? MotherSort.NAME : MotherSort.valueOf(sort.getField());
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return dyads.search(search, first, pageSize, column, ascending);
    }

    @Override
    public String getRowKey(MotherSearchRow mother) {
        return mother.uuid().toString();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        dyads = ServiceReferences.lookup(DyadService.class);
    }
}
