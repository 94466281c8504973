package cn.longyuan.market.admin.interfaces.web.dispatch;

import java.math.BigDecimal;
import java.util.Map;

/** Materials handed to a woman for her task: what, how much, in which unit. */
public class MaterialsForm {

    /** The service's fields and the inputs they are typed in. */
    static final Map<String, String> INPUTS =
            Map.of("material", "materials:material", "amount", "materials:amount", "unit", "materials:unit");

    private Long task;
    private String material;
    private BigDecimal amount;
    private String unit;

    /** The task chosen, or -1 (no such task: refused by the service like any unknown one). */
    long taskOrNone() {
        return task == null ? -1 : task;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
