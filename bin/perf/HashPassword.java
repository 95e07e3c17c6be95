import org.advance.infrastructure.security.Passwords;

/** Prints the application's PBKDF2 hash of one password: the generator gives it to every account. */
public class HashPassword {
    public static void main(String[] args) {
        System.out.println(Passwords.hash(args[0]));
    }
}
