package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.admin.interfaces.web.RowsModel;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.members.ArtisanRecords.Member;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The cooperative's members: the list (lazy, filter, sort, export), a dialog to add or edit one, deactivation. */
@Named
@ViewScoped
public class ArtisansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArtisanRecords records;

    @Inject
    private BackOfficeUser user;

    private RowsModel<Member> members;

    /** The member being edited (null: a new one), the version she was read at, and the form's fields. */
    private Long editing;

    private long editingVersion;
    private MemberForm form = MemberForm.empty();

    @PostConstruct
    void init() {
        members = new RowsModel<Member>(() -> records.members(user.actor()), Member::id)
                .column("displayName", Member::displayName)
                .column("cooperativeName", Member::cooperativeName)
                .column("active", Member::active)
                .column("publicConsent", Member::publicConsent)
                .column("realName", Member::realName)
                .column("phone", Member::phone)
                .column("household", Member::household);
    }

    public void startNew() {
        editing = null;
        editingVersion = 0;
        form = MemberForm.empty();
    }

    public void startEdit(long id) {
        try {
            ArtisanRecords.Details details = records.details(user.actor(), id);
            editing = details.member().id();
            editingVersion = details.member().version();
            form = MemberForm.of(details);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "editor", null);
        }
    }

    public void save() {
        ArtisanRecords.ArtisanForm record = form.toRecord();
        try {
            if (editing == null) {
                records.create(user.actor(), record);
                PageMessages.info("artisans.created", record.displayName());
            } else {
                records.update(user.actor(), editing, editingVersion, record);
                PageMessages.info("artisans.saved", record.displayName());
            }
            members.refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(
                    e,
                    "editor",
                    e.reason() == RequestRefusedException.Reason.INVALID_STATE ? "artisans.conflict" : null);
        }
    }

    public void toggleActive(Member member) {
        try {
            if (member.active()) {
                records.deactivate(user.actor(), member.id(), member.version());
                PageMessages.info("artisans.deactivated", member.displayName());
            } else {
                records.reactivate(user.actor(), member.id(), member.version());
                PageMessages.info("artisans.reactivated", member.displayName());
            }
        } catch (RequestRefusedException e) {
            PageMessages.refused(
                    e,
                    "members",
                    e.reason() == RequestRefusedException.Reason.INVALID_STATE ? "artisans.conflict" : null);
        }
        members.refresh();
    }

    public HouseholdStatus[] getHouseholdStatuses() {
        return HouseholdStatus.values();
    }

    public RowsModel<Member> getMembers() {
        return members;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public MemberForm getForm() {
        return form;
    }
}
