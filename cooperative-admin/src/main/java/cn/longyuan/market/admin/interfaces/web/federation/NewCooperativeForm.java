package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.application.federation.CooperativeRegistry;
import java.io.Serializable;

/**
 * The register-a-cooperative form of the federation's register: its names, township, story and main place in
 * both languages where it has them, and who will manage it (her account is made when the cooperative is
 * approved). Emptied after a registration, kept after a refusal so that she corrects what the message names.
 */
public class NewCooperativeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameZh;
    private String nameEn;
    private String township;
    private String townshipEn;
    private String storyZh;
    private String storyEn;
    private String mainPlace;
    private String managerUsername;
    private String managerName;

    CooperativeRegistry.NewCooperative request() {
        return new CooperativeRegistry.NewCooperative(
                nameZh, nameEn, township, storyZh, storyEn, mainPlace, managerUsername, managerName, townshipEn);
    }

    void clear() {
        nameZh = nameEn = township = townshipEn = storyZh = storyEn = mainPlace = managerUsername = managerName = null;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getTownshipEn() {
        return townshipEn;
    }

    public void setTownshipEn(String townshipEn) {
        this.townshipEn = townshipEn;
    }

    public String getStoryZh() {
        return storyZh;
    }

    public void setStoryZh(String storyZh) {
        this.storyZh = storyZh;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public void setStoryEn(String storyEn) {
        this.storyEn = storyEn;
    }

    public String getMainPlace() {
        return mainPlace;
    }

    public void setMainPlace(String mainPlace) {
        this.mainPlace = mainPlace;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public void setManagerUsername(String managerUsername) {
        this.managerUsername = managerUsername;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }
}
