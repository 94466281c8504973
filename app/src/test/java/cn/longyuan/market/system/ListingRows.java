package cn.longyuan.market.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A listing written straight into the database of an instance of a test's own (H2 with AUTO_SERVER), as a
 * cooperative's form would store it: Ningyuanpu's sachet with the demo's first picture, no stock.
 */
final class ListingRows {

    private ListingRows() {}

    /** Answers the new product's id. */
    static long insert(
            Connection db,
            String nameZh,
            String nameEn,
            String descriptionZh,
            String descriptionEn,
            long priceFen,
            boolean published)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into product (cooperative_id, craft_code, name_zh, name_en,"
                        + " description_zh, description_en, price_fen, image_url, published, created_at)"
                        + " values (1, 'sachet', ?, ?, ?, ?, ?, '/images/products/1.svg', ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, nameZh);
            insert.setString(2, nameEn);
            insert.setString(3, descriptionZh);
            insert.setString(4, descriptionEn);
            insert.setLong(5, priceFen);
            insert.setBoolean(6, published);
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
