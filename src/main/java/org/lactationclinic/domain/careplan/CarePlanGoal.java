package org.lactationclinic.domain.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A goal of the plan: a kind with its number ("back to birth weight by day 14", "pump 8 times in 24 hours"), or, for
 * {@link GoalType#OTHER}, the consultant's own words. Mutable for the form.
 */
@Embeddable
public class CarePlanGoal implements Serializable {

    public static final int TEXT_MAX = 300;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "goal_type", nullable = false, length = 40)
    private GoalType type;

    @Min(0)
    @Max(5000)
    @Column(name = "target")
    private Integer target;

    @Size(max = TEXT_MAX)
    @Column(name = "text", length = TEXT_MAX)
    private String text;

    public CarePlanGoal() {
        // for JPA and the form
    }

    public CarePlanGoal(GoalType type, Integer target, String text) {
        this.type = type;
        this.target = target;
        this.text = text;
    }

    public CarePlanGoal copy() {
        return new CarePlanGoal(
                type,
                type != null && type.takesTarget() ? target : null,
                text == null || text.isBlank() ? null : text.strip());
    }

    /**
     * Whether the goal says something: its number when its kind needs one, its words when it is {@link GoalType#OTHER}.
     */
    public boolean isComplete() {
        if (type == null) {
            return false;
        }
        if (type == GoalType.OTHER) {
            return text != null && !text.isBlank();
        }
        return !type.takesTarget() || target != null;
    }

    public GoalType getType() {
        return type;
    }

    public void setType(GoalType type) {
        this.type = type;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
