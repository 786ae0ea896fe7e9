/* explain: print what an SMH error code means.
 *
 *   cc explain.c $(pkg-config --cflags --libs smh_errors) -o explain
 *   ./explain InvalidParameterValue.Foo zh_CN.UTF-8
 */
#include <stdio.h>
#include <smh_errors.h>

int main(int argc, char **argv) {
    const char *code = argc > 1 ? argv[1] : "AuthFailure.SignatureFailure";
    const char *locale = argc > 2 ? argv[2] : NULL; /* NULL: LANG etc. */

    /* One call: a static string, never freed. */
    puts(smh_errors_message(code, locale));

    /* Everything the catalog knows about the answer. */
    smh_errors_lookup_result r;
    if (smh_errors_lookup(code, locale, &r) != SMH_ERRORS_STATUS_OK) return 1;
    static const char *const resolutions[] = {"exact", "parent", "generic"};
    printf("locale=%s resolution=%s matched=%s retryable=%s\n", r.locale, resolutions[r.resolution],
           r.matched ? r.matched : "-", r.retryable ? "yes" : "no");

    /* The generic message shows the code: that one goes into a buffer. */
    char buf[256];
    smh_errors_format(code, locale, NULL, NULL, 0, buf, sizeof buf);
    puts(buf);
    return 0;
}
