package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.web.security.ThrottledLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The login form: hands the credentials to the back office's authentication mechanism. */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;

    public String submit() {
        ExternalContext context = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) context.getRequest(),
                (HttpServletResponse) context.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        return switch (status) {
            case SUCCESS -> "/index.xhtml?faces-redirect=true";
            case SEND_CONTINUE -> {
                faces.responseComplete();
                yield null;
            }
            default -> {
                ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
                LoginThrottle.Wait wait = ThrottledLogin.answer(context);
                String text = wait == null
                        ? bundle.getString("login.failed")
                        : MessageFormat.format(
                                bundle.getString("login.tooManyAttempts"), Long.toString(wait.seconds()));
                faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                yield null;
            }
        };
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
