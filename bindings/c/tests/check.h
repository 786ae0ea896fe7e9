/* Tiny test helpers shared by the C tests: count checks, report failures
 * with file:line, and print the closing "N passed, N failed" line. */
#ifndef SMH_CHECK_H
#define SMH_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond, ...)                                                  \
    do {                                                                  \
        if (cond) {                                                       \
            check_passed++;                                               \
        } else {                                                          \
            check_failed++;                                               \
            fprintf(stderr, "%s:%d: FAILED: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                 \
            fputc('\n', stderr);                                          \
        }                                                                 \
    } while (0)

/* Two C strings (either may be NULL) are equal: both NULL, or same bytes. */
static inline int str_eq(const char *a, const char *b) {
    if (a == NULL || b == NULL) return a == b;
    return strcmp(a, b) == 0;
}

static inline const char *show_str(const char *s) { return s ? s : "(null)"; }
#define SHOW(s) show_str(s)

#define CHECK_STR(got, want, ctx)                                          \
    CHECK(str_eq((got), (want)), "%s: got \"%s\", want \"%s\"", (ctx), SHOW(got), SHOW(want))

static inline int check_report(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
