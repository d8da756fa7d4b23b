package org.lactationclinic.web.admin.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.StaffUser;

import java.util.List;

/** admin/staff/list.xhtml: the clinic's staff accounts. */
@Named
@RequestScoped
public class StaffListBacking {

    @Inject
    private StaffService staffService;

    private List<StaffUser> staff;

    @PostConstruct
    void load() {
        staff = staffService.listStaff();
    }

    public List<StaffUser> getStaff() {
        return staff;
    }
}
