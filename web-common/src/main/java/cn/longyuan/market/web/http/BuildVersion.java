package cn.longyuan.market.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build's version, as {@code #{buildVersion.value}}: OmniFaces' VersionedResourceHandler puts it into the address
 * of every resource of the wars' own (styles, scripts) as {@code ?v=}, which is what lets them be cached for a year:
 * the next build changes the address. The same in every instance of a cluster, as it comes from the build.
 */
@Named
@ApplicationScoped
public class BuildVersion {

    private final String value = read();

    public String getValue() {
        return value;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/cn/longyuan/market/web/build.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
