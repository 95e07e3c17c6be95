import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.advance.infrastructure.security.VerifiedPasswords;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Prints the hash of one password as the application makes it (Jakarta Security's Pbkdf2PasswordHash,
 * Soteria's implementation as in the servers, with the application's parameters): the generator gives
 * it to every account.
 */
public class HashPassword {
    public static void main(String[] args) {
        Pbkdf2PasswordHash hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(VerifiedPasswords.PARAMETERS);
        System.out.println(hash.generate(args[0].toCharArray()));
    }
}
