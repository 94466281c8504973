package cn.longyuan.market.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferenceDataPersistenceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrationsLoadTheCraftsThatTheEntityMapsInBothLanguages(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            List<Craft> crafts = db.inTransaction(
                    em -> em.createNamedQuery(Craft.FIND_ALL, Craft.class).getResultList());

            assertTrue(crafts.size() >= 10, "the programme's crafts are reference data: " + crafts.size());
            Craft first = crafts.get(0);
            assertEquals("sachet", first.code());
            assertEquals("庆阳香包", first.name(Locale.CHINA));
            assertEquals("Qingyang embroidered sachet", first.name(Locale.ENGLISH));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSchemaRefusesACraftCodeThatIsNotAStableSlug(TestDatabase database) throws SQLException {
        try (TestDatabase.Opened db = database.open();
                var connection = db.dataSource().getConnection();
                var statement = connection.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "insert into craft (code, name_zh, name_en, sort_order) values ('Bad Code', '坏', 'Bad', 1)"));
        }
    }
}
