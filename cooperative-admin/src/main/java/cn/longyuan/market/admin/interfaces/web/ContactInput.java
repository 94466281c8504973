package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.ordering.Contact;

/** Whom a back-office form's order or quote is for: name, phone, e-mail, as typed. */
public class ContactInput {

    private String name;
    private String phone;
    private String email;

    Contact toContact() {
        return new Contact(name, phone, email);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
