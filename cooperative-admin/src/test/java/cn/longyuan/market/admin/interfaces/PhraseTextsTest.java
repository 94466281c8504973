package cn.longyuan.market.admin.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.domain.model.brokerage.OrderNote;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The stored English notes said in each language from the real bundles; a person's words stay as written. */
class PhraseTextsTest {

    private final PhraseTexts zh = PhraseTexts.in(Locale.SIMPLIFIED_CHINESE);
    private final PhraseTexts en = PhraseTexts.in(Locale.ENGLISH);

    @Test
    void deskNotesOfTheDeskAreSaidInTheLanguageAndABrokersNoteStaysAsWritten() {
        assertEquals("broker-li 认领了订单", zh.deskNote(OrderNote.Kind.CLAIMED, "claimed by broker-li"));
        assertEquals("claimed by broker-li", en.deskNote(OrderNote.Kind.CLAIMED, "claimed by broker-li"));
        assertEquals(
                "broker-li 交回了订单：买家改天再打", zh.deskNote(OrderNote.Kind.HANDED_BACK, "handed back by broker-li: 买家改天再打"));
        assertEquals(
                "federation 把订单指派给 broker-li",
                zh.deskNote(OrderNote.Kind.ASSIGNED, "assigned to broker-li by federation"));
        // a broker's own note that happens to look like the desk's words is still hers
        assertEquals("claimed by broker-li", zh.deskNote(OrderNote.Kind.NOTE, "claimed by broker-li"));
    }

    @Test
    void aRefundsReasonOfAReturnRequestIsSaidWithTheBuyersWordsAsWritten() {
        String stored = "return request 12: DAMAGED — 盒子压坏了";
        assertEquals("退货申请 12（作品破损）——买家说：盒子压坏了", zh.refundReason(stored));
        assertEquals("return request 12 (damaged) — the buyer says: 盒子压坏了", en.refundReason(stored));
        assertEquals("退货申请 3（不想要了）", zh.refundReason("return request 3: CHANGED_MIND"));
        // a manager's typed reason, also an English one, is her own words
        assertEquals("broken in the post", zh.refundReason("broken in the post"));
        assertEquals("", zh.refundReason(null));
    }

    @Test
    void ledgerReasonsAndOrderNotesReadAsTheirPhrases() {
        assertEquals("订单 LY-1 第 2 笔退款", zh.ledgerReason("refund 2 of order LY-1"));
        assertEquals("refund 2 of order LY-1", en.ledgerReason("refund 2 of order LY-1"));
        assertEquals("", en.ledgerReason(null));
        assertEquals("从库房拿错了", zh.ledgerReason("从库房拿错了"));
        assertEquals("packed", en.orderNote("packed"));
    }

    @Test
    void aLanguageTheBundlesDoNotHaveIsChineseNeverTheJvmsDefault() {
        assertEquals(
                "broker-li 认领了订单",
                PhraseTexts.in(Locale.GERMAN).deskNote(OrderNote.Kind.CLAIMED, "claimed by broker-li"));
        assertEquals("已打包", zh.orderNote("packed"));
    }

    @Test
    void anAuditEntrysChangeIsSaidInTheLanguageWithItsValuesAsRecorded() {
        assertEquals(
                "coop-li：合作社负责人（合作社 3） → 营销经纪人",
                zh.auditChange("ACCOUNT_ROLE_CHANGED", "coop-li: COOP_MANAGER of cooperative 3 → BROKER"));
        assertEquals(
                "coop-li: cooperative manager of cooperative 3 → broker",
                en.auditChange("ACCOUNT_ROLE_CHANGED", "coop-li: COOP_MANAGER of cooperative 3 → BROKER"));
        assertEquals("coop-li：启用 → 停用", zh.auditChange("ACCOUNT_DISABLED", "coop-li: active → disabled"));
        assertEquals(
                "coop-li：合作社负责人（合作社 7），生成设置密码链接，邮箱 li@example.cn",
                zh.auditChange(
                        "ACCOUNT_CREATED",
                        "coop-li: COOP_MANAGER of cooperative 7, set-password link, e-mail li@example.cn"));
        assertEquals(
                "staff-wang: federation staff, a first password given",
                en.auditChange("ACCOUNT_CREATED", "staff-wang: FEDERATION, password given"));
        assertEquals("coop-li：给了临时密码", zh.auditChange("ACCOUNT_RESET", "coop-li: temporary password given"));
        assertEquals(
                "coop-li：无 → li@example.cn", zh.auditChange("ACCOUNT_EMAIL_CHANGED", "coop-li: none → li@example.cn"));
        assertEquals("2+ 60.00 → 无", zh.auditChange("WHOLESALE_PRICES_CHANGED", "2+ 60.00 → none"));
        assertEquals("产品 12 条", zh.auditChange("IMPORTED", "PRODUCTS × 12"));
        assertEquals("members × 3", en.auditChange("IMPORTED", "ARTISANS × 3"));
        // a price is a price in either language; a detail of another form is shown as recorded
        assertEquals("88.00 → 98.00", zh.auditChange("PRICE_CHANGED", "88.00 → 98.00"));
        assertEquals("coop-li: something else", zh.auditChange("ACCOUNT_RESET", "coop-li: something else"));
        assertEquals("", zh.auditChange("READ_PRIVATE_DATA", null));
    }
}
