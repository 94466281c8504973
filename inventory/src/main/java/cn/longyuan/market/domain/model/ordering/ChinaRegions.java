package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.BilingualText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * China's 34 provincial-level divisions and their prefecture-level cities, for a shipping address in China:
 * the checkout's selects and the check that a city lies in the province named. Read once from
 * {@code cn-regions.txt} beside this class (its header names the source of the list). Addresses keep the
 * Chinese names ("甘肃省", "金昌市"), whatever the language of the page they were typed on.
 */
public final class ChinaRegions {

    /** A province with its cities, each named in Chinese and in English. */
    public record Province(BilingualText name, List<BilingualText> cities) {

        public boolean hasCity(String chineseName) {
            return cities.stream().anyMatch(c -> c.zh().equals(chineseName));
        }
    }

    private static final List<Province> PROVINCES = load();

    private ChinaRegions() {}

    public static List<Province> provinces() {
        return PROVINCES;
    }

    /** The province of this Chinese name ("甘肃省"). */
    public static Optional<Province> province(String chineseName) {
        if (chineseName == null) {
            return Optional.empty();
        }
        String name = chineseName.strip();
        return PROVINCES.stream().filter(p -> p.name().zh().equals(name)).findFirst();
    }

    /** Whether the city (Chinese name) is one of the province's. */
    public static boolean isCityOf(String province, String city) {
        return city != null
                && province(province).map(p -> p.hasCity(city.strip())).orElse(false);
    }

    private static List<Province> load() {
        List<Province> provinces = new ArrayList<>();
        try (InputStream in = ChinaRegions.class.getResourceAsStream("cn-regions.txt")) {
            if (in == null) {
                throw new IllegalStateException("cn-regions.txt is missing beside ChinaRegions");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            String english = null;
            List<BilingualText> cities = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                if (fields[0].equals("P")) {
                    if (name != null) {
                        provinces.add(new Province(new BilingualText(name, english), List.copyOf(cities)));
                    }
                    name = fields[1];
                    english = fields[2];
                    cities = new ArrayList<>();
                } else {
                    cities.add(new BilingualText(fields[1], fields[2]));
                }
            }
            if (name != null) {
                provinces.add(new Province(new BilingualText(name, english), List.copyOf(cities)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(provinces);
    }
}
