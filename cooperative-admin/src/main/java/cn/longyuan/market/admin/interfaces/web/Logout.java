package cn.longyuan.market.admin.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the back-office session: the login and the session itself. */
@Named
@RequestScoped
public class Logout {

    @Inject
    private FacesContext faces;

    public String submit() throws ServletException {
        ExternalContext context = faces.getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
