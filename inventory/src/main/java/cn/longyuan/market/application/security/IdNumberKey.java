package cn.longyuan.market.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Where the ID-number key comes from: {@code ID_NUMBER_KEY} (base64 of 32 random bytes, e.g.
 * {@code openssl rand -base64 32}) in production. Without it — a local run on the embedded database — a key
 * is generated once into {@code ./data/secrets/id-number.key}, readable by the owner only, beside the data
 * it protects, with a warning that production must set the variable.
 */
@ApplicationScoped
public class IdNumberKey {

    private static final Logger LOG = Logger.getLogger(IdNumberKey.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Path LOCAL_KEY = Path.of("data", "secrets", "id-number.key");

    /** A singleton, not application-scoped: the cipher is immutable and final, so it needs no proxy. */
    @Produces
    @Singleton
    IdNumberCipher cipher(Config config) {
        Optional<String> configured = config.getOptionalValue("ID_NUMBER_KEY", String.class);
        if (configured.isPresent()) {
            return new IdNumberCipher(decode(configured.get()));
        }
        return new IdNumberCipher(localKey(LOCAL_KEY));
    }

    static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ID_NUMBER_KEY must be base64 of 32 random bytes", e);
        }
    }

    static synchronized byte[] localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            LOG.warning("ID_NUMBER_KEY is not set: generating a local key in " + file.toAbsolutePath()
                    + ". Set ID_NUMBER_KEY in production and keep it out of the database's backups.");
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null) { // null only for a file at the root
                Files.createDirectories(directory);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's own protection has to do
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local ID-number key " + file, e);
        }
    }
}
