package org.lactationclinic.web.dyad;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.web.ViewScopedPage;

/** dyad/search.xhtml: find a mother by name, date of birth, phone or identifier. */
@Named
@ViewScoped
public class DyadSearchBacking extends ViewScopedPage {

    @Inject
    private transient DyadService dyads;

    private String name;
    private LocalDate dateOfBirth;
    private String phone;
    private String identifier;
    private MotherLazyModel mothers;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        mothers = new MotherLazyModel(dyads, new MotherSearch(name, dateOfBirth, phone, identifier));
    }

    public void clear() {
        name = null;
        dateOfBirth = null;
        phone = null;
        identifier = null;
        search();
    }

    public MotherLazyModel getMothers() {
        return mothers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
