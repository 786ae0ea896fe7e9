package invalid.example.smherrors;

import java.util.Locale;

/** Run by ApiTest in a JVM of its own, with a locale in its environment: every call without one answers in it. */
public final class NoLocaleMain {
    private NoLocaleMain() {}

    /** Exit 0 when every no-locale call answers as the locale {@code args[0]}, 3 otherwise. */
    public static void main(String[] args) {
        String want = args[0];
        SmhException e = SmhErrors.exception("InvalidParameter", "Parameter `A` format invalid.", "r");
        boolean ok = SmhErrors.defaultLocale().equals(want)
                && SmhErrors.negotiate((String) null).equals(want)
                && SmhErrors.lookup("AuthFailure").locale().equals(want)
                && SmhErrors.lookup("AuthFailure.Nope", (String) null).locale().equals(want)
                && SmhErrors.lookup("Nope", (Locale) null).locale().equals(want)
                && SmhErrors.message("AuthFailure").equals(SmhErrors.message("AuthFailure", want))
                && e.localized().equals(e.localized(want))
                && e.detail().equals(e.detail(want))
                && e.explain().equals(e.explain(want));
        System.out.println("default=" + SmhErrors.defaultLocale() + " ok=" + ok);
        System.exit(ok ? 0 : 3);
    }
}
