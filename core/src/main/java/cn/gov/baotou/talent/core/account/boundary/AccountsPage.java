package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** 账号管理: the city office's page over {@link AccountAdmin}; a refused form keeps what was typed. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountAdmin admin;

    @Inject
    transient Enterprises enterprises;

    private String username;
    private String displayName;
    private String role = Role.ENTERPRISE.name();
    private String districtCode;
    private String departmentCode;
    private String enterpriseCreditCode;
    private String password;
    private Long resetId;
    private String newPassword;
    private Long emailId;
    private String email;

    public List<Account> getAccounts() {
        return admin.all();
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<District> getDistricts() {
        return enterprises.districts();
    }

    public void create() {
        try {
            Account a = admin.create(new AccountForm(
                    username, displayName, role, districtCode, departmentCode, enterpriseCreditCode, password));
            info("accounts.created", a.username());
            username = displayName = districtCode = departmentCode = enterpriseCreditCode = password = null;
        } catch (InvalidInput e) {
            refuse(e.errors());
        } catch (Conflict e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, messages().get(e.messageKey(), e.arguments()), null));
        }
    }

    public void disable(long id) {
        PageReplies.attempt(PageReplies.atTop(), () -> admin.disable(id))
                .ifPresent(a -> info("accounts.disabled", a.username()));
    }

    public void enable(long id) {
        info("accounts.enabled", admin.enable(id).username());
    }

    public void resetPassword() {
        try {
            info(
                    "accounts.passwordReset",
                    admin.resetPassword(resetId, newPassword).username());
            resetId = null;
            newPassword = null;
        } catch (InvalidInput e) {
            refuse(e.errors());
        }
    }

    public void changeEmail() {
        try {
            Account a = admin.changeEmail(emailId, email);
            info(a.email() == null ? "accounts.emailRemoved" : "accounts.emailSaved", a.username());
            emailId = null;
            email = null;
        } catch (InvalidInput e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages m = messages();
            e.errors()
                    .forEach(f -> faces.addMessage(
                            "emailForm:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(f), null)));
            faces.validationFailed();
        }
    }

    public Long getEmailId() {
        return emailId;
    }

    public void setEmailId(Long emailId) {
        this.emailId = emailId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    private void refuse(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError e : errors) {
            // the component id equals the field name, so the message stands next to the field
            faces.addMessage("accountForm:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(e), null));
        }
        faces.validationFailed();
    }

    private void info(String key, Object argument) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, messages().get(key, argument), null));
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getEnterpriseCreditCode() {
        return enterpriseCreditCode;
    }

    public void setEnterpriseCreditCode(String enterpriseCreditCode) {
        this.enterpriseCreditCode = enterpriseCreditCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getResetId() {
        return resetId;
    }

    public void setResetId(Long resetId) {
        this.resetId = resetId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
