package cn.gov.baotou.talent.core.privacy.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that encrypts 身份证号 and phone numbers at rest, from configuration {@code talent.crypto.key} (environment
 * {@code TALENT_CRYPTO_KEY}, base64 of 32 bytes). Without one, a development key derived from a fixed phrase is used
 * and {@link #isDevelopmentKey()} says so; the platform refuses to start on PostgreSQL with it.
 */
public final class PersonalDataKey {

    public static final String PROPERTY = "talent.crypto.key";
    private static final String DEVELOPMENT_PHRASE = "baotou-talent-development-only-key";

    private static volatile PersonalDataKey current;

    private final SecretKeySpec encryption;
    private final SecretKeySpec lookup;
    private final boolean developmentKey;

    private PersonalDataKey(byte[] material, boolean developmentKey) {
        if (material.length != 32) {
            throw new IllegalStateException(PROPERTY + " must be 32 bytes in base64, it has " + material.length);
        }
        this.encryption = new SecretKeySpec(material, "AES");
        // a separate key for the search hash, so that the hash reveals nothing about the cipher key
        this.lookup =
                new SecretKeySpec(sha256(concat(material, "lookup".getBytes(StandardCharsets.UTF_8))), "HmacSHA256");
        this.developmentKey = developmentKey;
    }

    public static PersonalDataKey current() {
        PersonalDataKey k = current;
        if (k == null) {
            synchronized (PersonalDataKey.class) {
                if (current == null) {
                    current = fromConfiguration();
                }
                k = current;
            }
        }
        return k;
    }

    /** For tests and for a key rotation tool. */
    public static void use(byte[] material) {
        current = new PersonalDataKey(material, false);
    }

    private static PersonalDataKey fromConfiguration() {
        Optional<String> configured = configured();
        return configured
                .filter(s -> !s.isBlank())
                .map(s -> new PersonalDataKey(Base64.getDecoder().decode(s.strip()), false))
                .orElseGet(
                        () -> new PersonalDataKey(sha256(DEVELOPMENT_PHRASE.getBytes(StandardCharsets.UTF_8)), true));
    }

    private static Optional<String> configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class);
        } catch (IllegalStateException | NoClassDefFoundError e) {
            // outside the server (unit tests): no MicroProfile Config implementation
            return Optional.ofNullable(System.getProperty(PROPERTY, System.getenv("TALENT_CRYPTO_KEY")));
        }
    }

    public SecretKeySpec encryption() {
        return encryption;
    }

    public SecretKeySpec lookup() {
        return lookup;
    }

    public boolean isDevelopmentKey() {
        return developmentKey;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
