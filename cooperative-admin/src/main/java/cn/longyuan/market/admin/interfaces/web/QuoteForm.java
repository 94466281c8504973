package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.domain.model.brokerage.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The new-quote form: the buyer, the pieces she asks for, when she wants them, how long the quote holds. */
public class QuoteForm {

    static final String FORM = "newQuote";

    private final LineInputs lines = new LineInputs(FORM);
    private final ContactInput customer = new ContactInput();
    private LocalDate wantedBy;
    private Integer validDays = QuoteService.DEFAULT_VALID_DAYS;

    QuoteService.Request request() {
        return new QuoteService.Request(
                new Quote.Customer(customer.getName(), customer.getPhone(), customer.getEmail()),
                wantedBy,
                validDays,
                lines.lines());
    }

    /** The request's fields and the inputs that hold them, to show a refusal next to each. */
    Map<String, String> inputsOfFields() {
        Map<String, String> inputs = lines.inputsOfFields();
        inputs.putAll(Map.of(
                "customer.name",
                FORM + ":name",
                "customer.phone",
                FORM + ":phone",
                "customer.email",
                FORM + ":email",
                "wantedBy",
                FORM + ":wantedBy",
                "validDays",
                FORM + ":validDays"));
        return inputs;
    }

    public List<LineInput> getLines() {
        return lines.getRows();
    }

    public ContactInput getCustomer() {
        return customer;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public void setWantedBy(LocalDate wantedBy) {
        this.wantedBy = wantedBy;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
