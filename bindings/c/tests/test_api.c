/* The C API beyond the shared vectors: version, code list, categories,
 * NULL, invalid UTF-8 and overlong input, snprintf semantics, strings given
 * by length (the `_n` functions), response accessors, overlay catalogs
 * opened as handles, and their errors.
 *
 * usage: test_api OVERLAYS_DIR   (tests/fixtures/overlays) */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smh_errors.h"
#include "check.h"

#ifndef EXPECTED_VERSION
#error "build with -DEXPECTED_VERSION=\"x.y.z\" (Cargo.toml's version)"
#endif

#define STR2(x) #x
#define STR(x) STR2(x)

static const char *EN_UNKNOWN = "The request failed for an unknown reason.";

/* Whether s is valid UTF-8 (for checking cut points). */
static int valid_utf8(const unsigned char *s) {
    while (*s) {
        int n = (*s < 0x80) ? 0 : ((*s & 0xE0) == 0xC0) ? 1 : ((*s & 0xF0) == 0xE0) ? 2 : ((*s & 0xF8) == 0xF0) ? 3 : -1;
        if (n < 0) return 0;
        s++;
        for (int i = 0; i < n; i++, s++)
            if ((*s & 0xC0) != 0x80) return 0;
    }
    return 1;
}

static void version(void) {
    CHECK_STR(smh_errors_version(), SMH_ERRORS_VERSION, "version function vs macro");
    CHECK_STR(smh_errors_version(), EXPECTED_VERSION, "version vs Cargo.toml");
    const char *composed = STR(SMH_ERRORS_VERSION_MAJOR) "." STR(SMH_ERRORS_VERSION_MINOR) "." STR(
        SMH_ERRORS_VERSION_PATCH);
    CHECK_STR(composed, EXPECTED_VERSION, "MAJOR.MINOR.PATCH macros vs Cargo.toml");
}

static void codes(void) {
    size_t n = smh_errors_code_count();
    CHECK(n == 99, "code count %zu", n);
    /* A retired code answers exactly, and says it is retired; so does its
     * unknown child (through it); a current code and an unknown one do not. */
    static const char balance[] = "InternalError.BalanceLess";
    smh_errors_lookup_result b;
    CHECK(smh_errors_lookup(balance, "en-US", &b) == SMH_ERRORS_STATUS_OK && b.resolution == SMH_ERRORS_RESOLUTION_EXACT &&
              !b.retryable && str_eq(b.message, "Your account balance is insufficient."),
          "%s: exact, not retryable", balance);
    CHECK(smh_errors_retired_n(balance, sizeof balance - 1), "%s is retired", balance);
    CHECK(smh_errors_retired_n("ResourceNotFound.User.Gone", 26), "a retired parent");
    CHECK(!smh_errors_retired_n("UnsupportedOperation.BalanceLess", 32), "current");
    CHECK(!smh_errors_retired_n("Nope", 4) && !smh_errors_retired_n(NULL, 4), "unknown, NULL");
    const char *const *all = smh_errors_codes();
    for (size_t i = 0; i < n; i++) {
        CHECK(all[i] != NULL && all[i] == smh_errors_code_at(i), "code %zu", i);
        smh_errors_lookup_result r;
        smh_errors_lookup(all[i], "en-US", &r);
        CHECK(r.resolution == SMH_ERRORS_RESOLUTION_EXACT && str_eq(r.matched, all[i]), "code %s is exact", all[i]);
        CHECK(r.kind != SMH_ERRORS_KIND_NONE, "code %s has a kind", all[i]);
    }
    CHECK(all[n] == NULL, "codes() is NULL-terminated");
    CHECK(smh_errors_code_at(n) == NULL, "code_at(count)");
    CHECK(smh_errors_code_at(SIZE_MAX) == NULL, "code_at(SIZE_MAX)");
    CHECK_STR(smh_errors_code_at(0), "ActionOffline", "first code");
}

static int same_lookup(const smh_errors_lookup_result *x, const smh_errors_lookup_result *y) {
    return x->message == y->message && x->locale == y->locale && x->resolution == y->resolution &&
           x->matched == y->matched && x->kind == y->kind && x->retryable == y->retryable && x->doc_url == y->doc_url;
}

/* The categories: the distinct first segments of the registry codes, in
 * code order, as static strings; category_of_n maps any code to one. */
static void categories(void) {
    enum { MAX = 128, LEN = 64 };
    static char segments[MAX][LEN];
    size_t nseg = 0;
    const char *const *all = smh_errors_codes();
    for (size_t i = 0; all[i] != NULL; i++) {
        size_t len = strcspn(all[i], ".");
        CHECK(len < LEN, "segment of %s too long", all[i]);
        if (len >= LEN) continue;
        size_t k = 0;
        while (k < nseg && !(strlen(segments[k]) == len && memcmp(segments[k], all[i], len) == 0)) k++;
        if (k == nseg && nseg < MAX) {
            memcpy(segments[nseg], all[i], len);
            segments[nseg][len] = '\0';
            nseg++;
        }
    }
    size_t n = smh_errors_category_count();
    CHECK(n == nseg && n > 0, "category count %zu, distinct first segments %zu", n, nseg);
    size_t auth = SIZE_MAX, denied = SIZE_MAX;
    for (size_t i = 0; i < n && i < nseg; i++) {
        const char *c = smh_errors_category_at(i);
        CHECK_STR(c, segments[i], "category_at in code order");
        CHECK(c != NULL && c == smh_errors_category_at(i), "category_at(%zu) is one static string", i);
        if (str_eq(c, "AuthFailure")) auth = i;
        if (str_eq(c, "OperationDenied")) denied = i;
        /* Every category is its own category. */
        CHECK(c != NULL && smh_errors_category_of_n(c, strlen(c)) == c, "category_of_n(%s)", SHOW(c));
    }
    CHECK(smh_errors_category_at(n) == NULL, "category_at(count)");
    CHECK(smh_errors_category_at(SIZE_MAX) == NULL, "category_at(SIZE_MAX)");
    CHECK(auth != SIZE_MAX && denied != SIZE_MAX, "AuthFailure and OperationDenied are categories");
    if (auth == SIZE_MAX || denied == SIZE_MAX) return;
    const char *auth_c = smh_errors_category_at(auth);
    /* Every registry code's category is the category of its first segment. */
    for (size_t i = 0; all[i] != NULL; i++) {
        size_t len = strcspn(all[i], ".");
        const char *got = smh_errors_category_of_n(all[i], strlen(all[i]));
        CHECK(got != NULL && strlen(got) == len && memcmp(got, all[i], len) == 0, "category of %s: %s", all[i],
              SHOW(got));
    }
    CHECK(smh_errors_category_of_n("AuthFailure.Whatever", 20) == auth_c, "AuthFailure.Whatever");
    CHECK(smh_errors_category_of_n("AuthFailure", 11) == auth_c, "AuthFailure alone");
    CHECK(smh_errors_category_of_n("AuthFailure.", 12) == auth_c, "AuthFailure.");
    CHECK(smh_errors_category_of_n("AuthFailureXYZ", 11) == auth_c, "a prefix given by length");
    /* OperationDenied is a category, though not a registered code. */
    CHECK(smh_errors_category_of_n("OperationDenied.Anything", 24) == smh_errors_category_at(denied),
          "OperationDenied.Anything");
    /* Not a category: unknown, wrong case, NULL, empty, NUL bytes in the
     * first segment, invalid UTF-8. */
    CHECK(smh_errors_category_of_n("Foo.Bar", 7) == NULL, "Foo.Bar");
    CHECK(smh_errors_category_of_n("authfailure.x", 13) == NULL, "authfailure.x (case-sensitive)");
    CHECK(smh_errors_category_of_n(NULL, 5) == NULL, "NULL code");
    CHECK(smh_errors_category_of_n(NULL, 0) == NULL, "NULL code, len 0");
    CHECK(smh_errors_category_of_n("AuthFailure", 0) == NULL, "len 0 is the empty code");
    CHECK(smh_errors_category_of_n("", 0) == NULL, "empty code");
    CHECK(smh_errors_category_of_n("Auth\0Failure.X", 14) == NULL, "Auth\\0Failure.X");
    CHECK(smh_errors_category_of_n("AuthFailure\0.X", 14) == NULL, "AuthFailure\\0.X");
    CHECK(smh_errors_category_of_n("AuthFailure.\0X", 14) == auth_c, "AuthFailure.\\0X: the NUL is past the dot");
    CHECK(smh_errors_category_of_n("AuthFailure.\xff", 13) == auth_c, "bytes past the dot need not be UTF-8");
    CHECK(smh_errors_category_of_n("Auth\xff" "Failure.X", 14) == NULL, "no category is not UTF-8");
    CHECK(smh_errors_category_of_n("AuthFailure\xc3", 12) == NULL, "truncated UTF-8");
    /* A buffer with no NUL anywhere (ASan would see an over-read). */
    char *heap = malloc(11);
    memcpy(heap, "AuthFailure", 11);
    CHECK(smh_errors_category_of_n(heap, 11) == auth_c, "not NUL-terminated");
    free(heap);
}

/* The `_n` functions read exactly `len` bytes: no terminator needed, NUL
 * bytes inside are part of the string; NULL code is the empty code and NULL
 * locale the default, whatever the length. Each answers as its
 * NUL-terminated sibling does for the same text. */
static void length_delimited(void) {
    smh_errors_lookup_result r, want;
    const smh_errors_status OK = SMH_ERRORS_STATUS_OK;
    /* A NUL inside a code under a registered parent: the parent answers. */
    static const char nul_child[] = "InvalidParameterValue.\0x";
    CHECK(sizeof nul_child - 1 == 24, "test string length");
    CHECK(smh_errors_catalog_lookup_n(NULL, nul_child, sizeof nul_child - 1, "zh-CN", 5, &r) == OK, "nul child");
    smh_errors_lookup("InvalidParameterValue.x", "zh-CN", &want);
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_PARENT && str_eq(r.matched, "InvalidParameterValue") &&
              same_lookup(&r, &want),
          "InvalidParameterValue.\\0x is answered by InvalidParameterValue");
    CHECK_STR(r.message, "参数取值错误。", "nul child message");
    /* A NUL in the middle of a known code makes it unknown: generic. */
    static const char auth_nul[] = "Auth\0Failure";
    CHECK(smh_errors_catalog_lookup_n(NULL, auth_nul, sizeof auth_nul - 1, "en-US", 5, &r) == OK, "Auth\\0Failure");
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_GENERIC && r.matched == NULL && r.kind == SMH_ERRORS_KIND_NONE &&
              !r.retryable && r.doc_url == NULL && str_eq(r.locale, "en-US") && str_eq(r.message, EN_UNKNOWN),
          "Auth\\0Failure is generic");
    static const char code_nul_end[] = "AuthFailure.SignatureFailure\0";
    smh_errors_catalog_lookup_n(NULL, code_nul_end, sizeof code_nul_end - 1, "en-US", 5, &r);
    CHECK(r.resolution != SMH_ERRORS_RESOLUTION_EXACT, "a trailing NUL is part of the code, not a terminator");

    /* Exact lengths: a prefix of a longer string, and a heap buffer holding
     * no NUL at all. */
    const char *code = "AuthFailure.SignatureFailure";
    smh_errors_lookup(code, "en-US", &want);
    CHECK(want.resolution == SMH_ERRORS_RESOLUTION_EXACT, "the NUL-terminated lookup is exact");
    CHECK(smh_errors_catalog_lookup_n(NULL, "AuthFailure.SignatureFailureXYZ", 28, "en-US", 5, &r) == OK &&
              r.resolution == SMH_ERRORS_RESOLUTION_EXACT && same_lookup(&r, &want),
          "a prefix of length 28 is exact");
    CHECK_STR(r.matched, code, "matched");
    char *heap = malloc(28);
    memcpy(heap, code, 28);
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, "en-US", 5, &r) == OK && same_lookup(&r, &want),
          "a buffer without NUL is exact");
    char zh[5] = {'z', 'h', '-', 'C', 'N'}; /* no NUL */
    smh_errors_lookup(code, "zh-CN", &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, zh, sizeof zh, &r) == OK && same_lookup(&r, &want),
          "a locale without NUL");
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, "zh-CNxx", 5, &r) == OK && same_lookup(&r, &want) &&
              str_eq(r.locale, "zh-CN"),
          "locale zh-CNxx of length 5 is zh-CN");
    /* NULL locale: the default (en-US here), whatever the length; a
     * non-NULL locale of length 0 is "": en-US. */
    smh_errors_lookup(code, NULL, &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, NULL, 99, &r) == OK && same_lookup(&r, &want),
          "NULL locale is the default locale");
    smh_errors_lookup(code, "", &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, zh, 0, &r) == OK && same_lookup(&r, &want) &&
              str_eq(r.locale, "en-US"),
          "locale of length 0 is en-US");
    /* NULL code: the empty code, whatever the length. */
    smh_errors_lookup(NULL, "zh-CN", &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, NULL, 28, zh, 5, &r) == OK && same_lookup(&r, &want) &&
              r.resolution == SMH_ERRORS_RESOLUTION_GENERIC,
          "NULL code is generic");
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 0, zh, 5, &r) == OK && same_lookup(&r, &want),
          "code of length 0 is the empty code");
    /* Invalid UTF-8: as the NUL-terminated function reads it. */
    smh_errors_lookup("AuthFailure\xc3", "zh-CN", &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, "AuthFailure\xc3", 12, "zh-CN", 5, &r) == OK && same_lookup(&r, &want) &&
              r.resolution == SMH_ERRORS_RESOLUTION_GENERIC,
          "invalid UTF-8 code");
    smh_errors_lookup("ActionOffline", "zh\xff_CN", &want);
    CHECK(smh_errors_catalog_lookup_n(NULL, "ActionOffline", 13, "zh\xff_CN", 6, &r) == OK &&
              same_lookup(&r, &want) && str_eq(r.locale, "en-US"),
          "invalid UTF-8 locale");
    /* NULL out. */
    CHECK(smh_errors_catalog_lookup_n(NULL, heap, 28, zh, 5, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "NULL out");
    CHECK(smh_errors_catalog_lookup_n(NULL, NULL, 0, NULL, 0, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT,
          "all NULL");

    /* negotiate_n. */
    CHECK(smh_errors_catalog_negotiate_n(NULL, zh, 5) == smh_errors_negotiate("zh-CN"), "negotiate_n zh-CN");
    CHECK_STR(smh_errors_catalog_negotiate_n(NULL, "zh_CN.UTF-8 and more", 11), "zh-CN", "negotiate_n prefix");
    CHECK(smh_errors_catalog_negotiate_n(NULL, NULL, 5) == smh_errors_negotiate(NULL), "negotiate_n NULL");
    CHECK_STR(smh_errors_catalog_negotiate_n(NULL, zh, 0), "en-US", "negotiate_n length 0");
    CHECK_STR(smh_errors_catalog_negotiate_n(NULL, "zh\xff_CN", 6), "en-US", "negotiate_n invalid UTF-8");
    CHECK(smh_errors_catalog_negotiate_n(NULL, "zh\0CN", 5) == smh_errors_negotiate("zh\xff"),
          "negotiate_n with a NUL inside: garbage, en-US");
    CHECK(smh_errors_catalog_negotiate_n(NULL, "fr, zh;q=0.8", 12) == smh_errors_negotiate("fr, zh;q=0.8"),
          "negotiate_n Accept-Language");

    /* format_n: snprintf semantics, the generic message shows the code. */
    const char *full = "请求失败，错误码：Foo.Bar。";
    size_t len = strlen(full);
    CHECK(smh_errors_catalog_format_n(NULL, "Foo.BarXYZ", 7, "zh-CNxx", 5, NULL, 0) == len, "format_n measure");
    CHECK(smh_errors_catalog_format_n(NULL, "Foo.Bar", 7, zh, 5, NULL, 100) == len, "format_n NULL buf");
    char buf[64], want_buf[64];
    for (size_t cap = 0; cap <= len + 1; cap++) {
        memset(buf, 'Z', sizeof buf);
        memset(want_buf, 'Z', sizeof want_buf);
        size_t n = smh_errors_catalog_format_n(NULL, "Foo.BarXYZ", 7, zh, 5, buf, cap);
        size_t m = smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, want_buf, cap);
        CHECK(n == len && m == len && memcmp(buf, want_buf, sizeof buf) == 0, "format_n cap %zu", cap);
        CHECK(cap == 0 || (strlen(buf) < cap && valid_utf8((unsigned char *)buf)), "format_n cap %zu cut", cap);
    }
    CHECK_STR(buf, full, "format_n full text");
    CHECK(smh_errors_catalog_format_n(NULL, "Foo.Bar", 7, "en-US", 5, buf, sizeof buf) == 43, "en-US length");
    CHECK_STR(buf, "The request failed with error code Foo.Bar.", "format_n generic shows the code");
    smh_errors_catalog_format_n(NULL, auth_nul, sizeof auth_nul - 1, "en-US", 5, buf, sizeof buf);
    CHECK_STR(buf, EN_UNKNOWN, "a code with a NUL is not shown");
    smh_errors_catalog_format_n(NULL, nul_child, sizeof nul_child - 1, zh, 5, buf, sizeof buf);
    CHECK_STR(buf, "参数取值错误。", "format_n of a NUL child");
    char big[512];
    smh_errors_catalog_format_n(NULL, heap, 28, zh, 0, big, sizeof big);
    CHECK_STR(big, smh_errors_message(code, "en-US"), "format_n locale of length 0");
    smh_errors_catalog_format_n(NULL, NULL, 7, "en-US", 5, buf, sizeof buf);
    CHECK_STR(buf, EN_UNKNOWN, "format_n NULL code");
    smh_errors_format("Foo.Bar", NULL, NULL, NULL, 0, want_buf, sizeof want_buf);
    smh_errors_catalog_format_n(NULL, "Foo.Bar", 7, NULL, 5, buf, sizeof buf);
    CHECK_STR(buf, want_buf, "format_n NULL locale is the default");
    smh_errors_format("Foo.Bar\xff", "zh-CN", NULL, NULL, 0, want_buf, sizeof want_buf);
    smh_errors_catalog_format_n(NULL, "Foo.Bar\xff", 8, zh, 5, buf, sizeof buf);
    CHECK(str_eq(buf, want_buf) && str_eq(buf, "请求失败，原因未知。"), "format_n invalid UTF-8: %s", buf);
    free(heap);
}

static void nulls_and_garbage(void) {
    /* NULL code: the generic message; NULL locale: the default (en-US here,
     * the test runs with no locale variables). */
    CHECK_STR(smh_errors_message(NULL, NULL), EN_UNKNOWN, "message(NULL, NULL)");
    CHECK_STR(smh_errors_message(NULL, "zh-CN"), "请求失败，原因未知。", "message(NULL, zh-CN)");
    CHECK(smh_errors_message(NULL, "zh-CN") == smh_errors_message("", "zh-CN"), "NULL code is the empty code");
    CHECK_STR(smh_errors_negotiate(NULL), "en-US", "negotiate(NULL) with no locale variables");
    CHECK_STR(smh_errors_negotiate(""), "en-US", "negotiate(\"\")");
    /* Invalid UTF-8. */
    CHECK_STR(smh_errors_message("\xff\xfe", "en-US"), EN_UNKNOWN, "invalid UTF-8 code");
    CHECK_STR(smh_errors_message("AuthFailure\xc3", "zh-CN"), "请求失败，原因未知。", "truncated UTF-8 code");
    CHECK_STR(smh_errors_negotiate("zh\xff_CN"), "en-US", "invalid UTF-8 locale");
    CHECK_STR(smh_errors_message("ActionOffline", "\xff"), "This API has been permanently withdrawn.", "bad locale");
    smh_errors_lookup_result r;
    CHECK(smh_errors_lookup(NULL, NULL, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "lookup out NULL");
    CHECK(smh_errors_lookup(NULL, "zh-CN", &r) == SMH_ERRORS_STATUS_OK, "lookup NULL code");
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_GENERIC && r.matched == NULL && r.kind == SMH_ERRORS_KIND_NONE &&
              !r.retryable && str_eq(r.locale, "zh-CN"),
          "lookup NULL code is generic");
    CHECK(smh_errors_lookup("\x80\x80", "zh-CN", &r) == SMH_ERRORS_STATUS_OK &&
              r.resolution == SMH_ERRORS_RESOLUTION_GENERIC,
          "lookup invalid UTF-8 code");
    /* Hostile codes are not shown, whatever their length. */
    char buf[256];
    size_t n = smh_errors_format("bad\ncode", "en-US", NULL, NULL, 0, buf, sizeof buf);
    CHECK(n == strlen(EN_UNKNOWN) && str_eq(buf, EN_UNKNOWN), "a code with a newline is not shown: %s", buf);
    n = smh_errors_format(NULL, NULL, NULL, NULL, 0, buf, sizeof buf);
    CHECK(str_eq(buf, EN_UNKNOWN), "format NULL code: %s", buf);
}

static void overlong(void) {
    /* A 4 MiB code under a registered parent, of many segments. */
    size_t big = 4u << 20;
    char *code = malloc(big + 1);
    strcpy(code, "InvalidParameterValue.");
    for (size_t i = strlen(code); i < big; i++) code[i] = (i % 2) ? '.' : 'a';
    code[big] = '\0';
    smh_errors_lookup_result r;
    smh_errors_lookup(code, "zh-CN", &r);
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_PARENT && str_eq(r.matched, "InvalidParameterValue"),
          "4 MiB code answered by its parent");
    CHECK_STR(smh_errors_message(code, "zh-CN"), "参数取值错误。", "4 MiB code message");
    /* A 4 MiB unknown code: generic, not shown. */
    memset(code, 'X', big);
    char buf[128];
    size_t n = smh_errors_format(code, "en-US", NULL, NULL, 0, buf, sizeof buf);
    CHECK(str_eq(buf, EN_UNKNOWN) && n == strlen(EN_UNKNOWN), "4 MiB unknown code: %s", buf);
    /* A 4 MiB locale: garbage, en-US. */
    CHECK_STR(smh_errors_negotiate(code), "en-US", "4 MiB locale");
    CHECK_STR(smh_errors_message("ActionOffline", code), "This API has been permanently withdrawn.", "4 MiB locale message");
    /* A 4 MiB Accept-Language list that ends in zh. */
    memset(code, ' ', big);
    memcpy(code + big - 6, ", zh-CN", 6);
    (void)smh_errors_negotiate(code); /* any answer, no crash */
    free(code);
}

static void snprintf_semantics(void) {
    const char *full = "请求失败，错误码：Foo.Bar。";
    size_t len = strlen(full);
    CHECK(smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, NULL, 0) == len, "measure");
    CHECK(smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, NULL, 100) == len, "NULL buf with a capacity");
    char buf[64];
    memset(buf, 'Z', sizeof buf);
    CHECK(smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, buf, 1) == len && buf[0] == '\0' && buf[1] == 'Z',
          "cap 1 writes only the NUL");
    for (size_t cap = 1; cap <= len + 1; cap++) {
        memset(buf, 'Z', sizeof buf);
        size_t n = smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, buf, cap);
        size_t w = strlen(buf);
        CHECK(n == len && w < cap && valid_utf8((unsigned char *)buf) && memcmp(buf, full, w) == 0 &&
                  buf[w + 1] == (w + 1 < cap ? buf[w + 1] : 'Z'),
              "cap %zu: wrote %zu bytes", cap, w);
        CHECK(cap < 4 || w + 3 >= cap - 1, "cap %zu: cut too short (%zu)", cap, w);
    }
    smh_errors_format("Foo.Bar", "zh-CN", NULL, NULL, 0, buf, sizeof buf);
    CHECK_STR(buf, full, "full text");
    /* Arguments: $code is always the code as asked; NULLs are ignored. */
    const char *names[] = {"code", NULL, "other", "\xff"};
    const char *values[] = {"Evil", "x", NULL, "y"};
    smh_errors_format("Foo.Bar", "en-US", names, values, 4, buf, sizeof buf);
    CHECK_STR(buf, "The request failed with error code Foo.Bar.", "args cannot replace $code");
    smh_errors_format("Foo.Bar", "en-US", NULL, values, 4, buf, sizeof buf);
    CHECK_STR(buf, "The request failed with error code Foo.Bar.", "NULL names");
    smh_errors_format("ActionOffline", "en-US", names, values, 4, buf, sizeof buf);
    CHECK_STR(buf, "This API has been permanently withdrawn.", "args on a message without variables");
}

static smh_errors_outcome parse(const char *body, size_t len, smh_errors_response **r) {
    return smh_errors_parse_response((const uint8_t *)body, len, r);
}

static void responses(void) {
    smh_errors_response *r = (smh_errors_response *)1;
    CHECK(parse(NULL, 0, &r) == SMH_ERRORS_OUTCOME_INVALID && r != NULL, "NULL body");
    CHECK(smh_errors_response_parse_error_kind(r) == SMH_ERRORS_PARSE_ERROR_KIND_SYNTAX, "NULL body kind");
    smh_errors_response_free(r);
    CHECK(parse(NULL, 12345, &r) == SMH_ERRORS_OUTCOME_INVALID, "NULL body with a length");
    smh_errors_response_free(r);
    const char *ok = "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow\"},\"RequestId\":\"q\"}}";
    CHECK(parse(ok, strlen(ok), NULL) == SMH_ERRORS_OUTCOME_ERROR, "NULL out still answers");
    CHECK(parse(ok, strlen(ok), &r) == SMH_ERRORS_OUTCOME_ERROR, "error body");
    CHECK(smh_errors_response_retryable(r), "RequestLimitExceeded is retryable");
    CHECK_STR(smh_errors_response_code(r, NULL), "RequestLimitExceeded", "code without len");
    CHECK_STR(smh_errors_response_request_id(r, NULL), "q", "request id");
    CHECK(smh_errors_response_lookup(r, NULL, "en", NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "lookup out NULL");
    smh_errors_response_free(r);
    /* Accessors on NULL. */
    size_t n = 7;
    CHECK(smh_errors_response_outcome(NULL) == SMH_ERRORS_OUTCOME_INVALID, "outcome(NULL)");
    CHECK(smh_errors_response_code(NULL, &n) == NULL && n == 0, "code(NULL)");
    CHECK(smh_errors_response_server_message(NULL, NULL) == NULL, "server_message(NULL)");
    CHECK(smh_errors_response_request_id(NULL, NULL) == NULL, "request_id(NULL)");
    CHECK(smh_errors_response_parse_error(NULL) == NULL, "parse_error(NULL)");
    CHECK(smh_errors_response_parse_error_kind(NULL) == SMH_ERRORS_PARSE_ERROR_KIND_NONE, "parse_error_kind(NULL)");
    CHECK_STR(smh_errors_parse_error_kind_name(SMH_ERRORS_PARSE_ERROR_KIND_NONE), "", "no kind has the empty name");
    CHECK_STR(smh_errors_parse_error_kind_name(-1), "", "a value that is no kind");
    CHECK_STR(smh_errors_parse_error_kind_name(SMH_ERRORS_PARSE_ERROR_KIND_MISSING_FIELD), "missing_field", "a name");
    CHECK(!smh_errors_response_retryable(NULL), "retryable(NULL)");
    CHECK_STR(smh_errors_response_message(NULL, NULL, "en-US"), EN_UNKNOWN, "message(NULL)");
    char buf[128];
    smh_errors_response_format(NULL, NULL, "en-US", buf, sizeof buf);
    CHECK_STR(buf, EN_UNKNOWN, "format(NULL)");
    /* The detail: NULL arguments, measuring, a cut at a character, none. */
    memcpy(buf, "junk", 5);
    CHECK(smh_errors_response_detail(NULL, NULL, "en-US", buf, sizeof buf) == 0 && buf[0] == '\0', "detail(NULL)");
    CHECK(smh_errors_response_detail(NULL, NULL, NULL, NULL, 0) == 0, "detail(NULL, NULL buf)");
    {
        static const char body[] = "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":"
                                   "\"Parameter `Library\\u001bId` format invalid.\"}}}";
        smh_errors_response *d = NULL;
        CHECK(smh_errors_parse_response((const uint8_t *)body, sizeof body - 1, &d) == SMH_ERRORS_OUTCOME_ERROR,
              "detail body");
        const char *zh = "参数 Library\\u{1b}Id 的格式无效。";
        CHECK(smh_errors_response_detail(d, NULL, "zh-CN", NULL, 0) == strlen(zh), "detail measured");
        CHECK(smh_errors_response_detail(d, NULL, "zh-CN", buf, sizeof buf) == strlen(zh), "detail written");
        CHECK_STR(buf, zh, "detail zh-CN, escaped");
        char small[5];
        smh_errors_response_detail(d, NULL, "zh-CN", small, sizeof small);
        CHECK_STR(small, "参", "detail cut at a character");
        /* A NULL locale is the default locale: some detail, never none. */
        CHECK(smh_errors_response_detail(d, NULL, NULL, NULL, 0) > 0, "detail, default locale");
        smh_errors_response_free(d);
        /* The same from code and message with lengths (NUL bytes and all). */
        static const char msg[] = "Parameter `A\0B` format invalid.";
        char nb[128];
        size_t want = strlen("The parameter A\\u{0}B has an invalid format.");
        CHECK(smh_errors_catalog_detail_n(NULL, "InvalidParameter", 16, msg, sizeof msg - 1, "en", 2, nb, sizeof nb) == want,
              "detail_n");
        CHECK_STR(nb, "The parameter A\\u{0}B has an invalid format.", "detail_n text");
        CHECK(smh_errors_catalog_detail_n(NULL, NULL, 5, msg, sizeof msg - 1, "en", 2, nb, sizeof nb) == 0 && nb[0] == '\0',
              "detail_n NULL code");
        CHECK(smh_errors_catalog_detail_n(NULL, "InvalidParameter", 16, NULL, 9, "en", 2, nb, sizeof nb) == 0,
              "detail_n NULL message");
        CHECK(smh_errors_catalog_detail_n(NULL, "InvalidParameter", 16, "\xff", 1, NULL, 0, NULL, 0) == 0,
              "detail_n not UTF-8");
        CHECK(smh_errors_catalog_detail_n(NULL, "InternalError", 13, msg, sizeof msg - 1, "en", 2, NULL, 0) == 0,
              "detail_n another code");
    }
    smh_errors_response_free(NULL);
    /* Malformed bodies, each with a readable reason. */
    struct {
        const char *body;
        const char *kind;
    } bad[] = {
        {"", "syntax"},
        {"{\"Response\":", "syntax"},
        {"[]", "not_an_object"},
        {"{}", "unknown_shape"},
        {"{\"Response\":{\"Error\":{\"Code\":5}}}", "wrong_type"},
        {"{\"Response\":{\"Error\":{}}}", "missing_field"},
        {"{\"Response\":\"\xff\"}", "invalid_utf8"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(parse(bad[i].body, strlen(bad[i].body), &r) == SMH_ERRORS_OUTCOME_INVALID, "bad body %zu", i);
        CHECK_STR(smh_errors_parse_error_kind_name((int)smh_errors_response_parse_error_kind(r)), bad[i].kind, bad[i].body);
        const char *why = smh_errors_response_parse_error(r);
        CHECK(why != NULL && strlen(why) > 10, "bad body %zu reason: %s", i, SHOW(why));
        smh_errors_response_free(r);
    }
    /* Deep nesting and a 3 MiB body. */
    size_t big = 3u << 20;
    char *b = malloc(big);
    memset(b, '[', big);
    CHECK(parse(b, 100000, &r) == SMH_ERRORS_OUTCOME_INVALID, "deep");
    CHECK(smh_errors_response_parse_error_kind(r) == SMH_ERRORS_PARSE_ERROR_KIND_TOO_DEEP, "deep kind");
    smh_errors_response_free(r);
    CHECK(parse(b, big, &r) == SMH_ERRORS_OUTCOME_INVALID, "huge");
    CHECK(smh_errors_response_parse_error_kind(r) == SMH_ERRORS_PARSE_ERROR_KIND_TOO_LARGE, "huge kind");
    smh_errors_response_free(r);
    free(b);
}

static void catalogs(const char *overlays) {
    char path[4096];
    smh_errors_catalog *cat = (smh_errors_catalog *)1;
    char *err = (char *)1;
    /* Errors. */
    CHECK(smh_errors_catalog_open(NULL, &cat, &err) == SMH_ERRORS_STATUS_NULL_ARGUMENT && cat == NULL && err != NULL,
          "open(NULL)");
    smh_errors_string_free(err);
    CHECK(smh_errors_catalog_open("x", NULL, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "open out NULL");
    CHECK(smh_errors_catalog_open("/nonexistent/smh", &cat, NULL) == SMH_ERRORS_STATUS_CATALOG_INVALID && cat == NULL,
          "open missing dir, no error wanted");
    CHECK(smh_errors_catalog_open("/nonexistent/smh", &cat, &err) == SMH_ERRORS_STATUS_CATALOG_INVALID && err,
          "open missing dir");
    CHECK(err && strstr(err, "/nonexistent/smh") != NULL, "missing dir error names it: %s", SHOW(err));
    smh_errors_string_free(err);
    snprintf(path, sizeof path, "%s/broken-syntax", overlays);
    CHECK(smh_errors_catalog_open(path, &cat, &err) == SMH_ERRORS_STATUS_CATALOG_INVALID && cat == NULL,
          "broken-syntax");
    CHECK(err && strstr(err, "ja-JP/errors.ftl:") != NULL, "error has file:line:col: %s", SHOW(err));
    smh_errors_string_free(err);
    smh_errors_string_free(NULL);
    smh_errors_catalog_free(NULL);

    /* Several overlay directories: the later one wins and may use the
     * earlier one's terms; none is the builtin catalog alone. */
    {
        char p1[4096], p2[4096], p3[4096];
        snprintf(p1, sizeof p1, "%s/ja-partial", overlays);
        snprintf(p2, sizeof p2, "%s/ja-layer", overlays);
        snprintf(p3, sizeof p3, "%s/broken-variable", overlays);
        const char *both[] = {p1, p2}, *reversed[] = {p2, p1}, *with_broken[] = {p1, p3}, *with_null[] = {p1, NULL};
        CHECK(smh_errors_catalog_open_dirs(both, 2, &cat, &err) == SMH_ERRORS_STATUS_OK && cat && err == NULL,
              "open_dirs ja-partial + ja-layer: %s", SHOW(err));
        CHECK_STR(smh_errors_catalog_message(cat, "AuthFailure.SignatureFailure", "ja"), "署名エラー（第二のオーバーレイ）。",
                  "the later directory wins");
        CHECK_STR(smh_errors_catalog_message(cat, "AuthFailure.MFAFailure", "ja"), "MFA 認証に失敗しました。",
                  "the earlier directory still answers");
        CHECK_STR(smh_errors_catalog_message(cat, "ResourceNotFound.Library", "ja"), "SMH のメディアライブラリが存在しません。",
                  "a term of the earlier directory");
        smh_errors_catalog_free(cat);
        CHECK(smh_errors_catalog_open_dirs(reversed, 2, &cat, &err) == SMH_ERRORS_STATUS_CATALOG_INVALID && cat == NULL &&
                  err && strstr(err, "ja-layer") != NULL,
              "ja-layer first cannot use ja-partial's term: %s", SHOW(err));
        smh_errors_string_free(err);
        CHECK(smh_errors_catalog_open_dirs(with_broken, 2, &cat, &err) == SMH_ERRORS_STATUS_CATALOG_INVALID &&
                  cat == NULL && err && strstr(err, "errors.ftl:") != NULL,
              "a broken second directory: %s", SHOW(err));
        smh_errors_string_free(err);
        CHECK(smh_errors_catalog_open_dirs(with_null, 2, &cat, &err) == SMH_ERRORS_STATUS_NULL_ARGUMENT && cat == NULL &&
                  err != NULL,
              "a NULL entry");
        smh_errors_string_free(err);
        CHECK(smh_errors_catalog_open_dirs(NULL, 1, &cat, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT && cat == NULL,
              "NULL dirs");
        CHECK(smh_errors_catalog_open_dirs(both, 2, NULL, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "open_dirs out NULL");
        CHECK(smh_errors_catalog_open_dirs(NULL, 0, &cat, &err) == SMH_ERRORS_STATUS_OK && cat && err == NULL,
              "no directories: the builtin catalog");
        CHECK(smh_errors_catalog_locale_count(cat) == smh_errors_catalog_locale_count(NULL), "builtin locales only");
        CHECK_STR(smh_errors_catalog_negotiate(cat, "zh_CN.UTF-8"), "zh-CN", "builtin zh-CN");
        smh_errors_catalog_free(cat);
    }

    /* A partial ja-JP overlay. */
    snprintf(path, sizeof path, "%s/ja-partial", overlays);
    CHECK(smh_errors_catalog_open(path, &cat, &err) == SMH_ERRORS_STATUS_OK && cat && err == NULL, "ja-partial");
    if (!cat) return;
    /* en-US first, the builtin ones (and any pseudo-locales), then ja-JP. */
    size_t nglobal = smh_errors_catalog_locale_count(NULL), nloc = smh_errors_catalog_locale_count(cat);
    CHECK(nglobal >= 2 && nloc == nglobal + 1, "%zu locales, global %zu", nloc, nglobal);
    CHECK_STR(smh_errors_catalog_locale_at(cat, 0), "en-US", "locale 0");
    CHECK_STR(smh_errors_catalog_locale_at(NULL, 0), "en-US", "global locale 0");
    CHECK_STR(smh_errors_catalog_locale_at(cat, nloc - 1), "ja-JP", "last locale");
    CHECK(smh_errors_catalog_locale_at(cat, nloc) == NULL, "locale past the end");
    int has_zh = 0;
    for (size_t i = 0; i < nglobal; i++) has_zh |= str_eq(smh_errors_catalog_locale_at(NULL, i), "zh-CN");
    CHECK(has_zh, "global catalog has zh-CN");
    CHECK_STR(smh_errors_catalog_negotiate(cat, "ja_JP.UTF-8"), "ja-JP", "negotiate ja");
    CHECK_STR(smh_errors_negotiate("ja_JP.UTF-8"), "en-US", "the global catalog has no ja");
    CHECK_STR(smh_errors_catalog_message(cat, "AuthFailure.SignatureFailure", "ja-JP"), "署名が正しくありません。",
              "ja message");
    smh_errors_lookup_result r;
    smh_errors_catalog_lookup(cat, "AuthFailure.MFAFailure", "ja", &r);
    CHECK_STR(r.locale, "ja-JP", "ja lookup locale");
    CHECK_STR(r.doc_url, "https://intl.cloud.tencent.com/ja/document/product/378", "ja doc url");
    smh_errors_catalog_lookup(cat, "ActionOffline", "ja-JP", &r);
    CHECK_STR(r.locale, "en-US", "fallback locale");
    CHECK_STR(r.message, "This API has been permanently withdrawn.", "fallback message");
    smh_errors_catalog_lookup(cat, "InvalidParameterValue.Nope", "ja-JP", &r);
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_PARENT && str_eq(r.message, "パラメータの値が無効です。"), "ja parent");
    char buf[256];
    smh_errors_catalog_format(cat, "Foo.Bar", "ja-JP", NULL, NULL, 0, buf, sizeof buf);
    CHECK_STR(buf, "リクエストはエラーコード Foo.Bar で失敗しました。", "ja generic shows the code");
    /* ja has unknown-code but no unknown-error: the unknown code is answered
     * by ja's unknown-code in every form, an unshowable one by en-US's
     * unknown-error, locale en-US. */
    CHECK_STR(smh_errors_catalog_message(cat, "Foo.Bar", "ja-JP"), "リクエストはエラーコード Foo.Bar で失敗しました。",
              "ja message of an unknown code");
    smh_errors_catalog_lookup(cat, "Nope.X", "ja", &r);
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_GENERIC && str_eq(r.locale, "ja-JP") &&
              str_eq(r.message, "リクエストはエラーコード Nope.X で失敗しました。") &&
              r.message == smh_errors_catalog_message(cat, "Nope.X", "ja"),
          "ja lookup of an unknown code: %s, %s", r.locale, r.message);
    smh_errors_catalog_lookup(cat, "a b", "ja", &r);
    CHECK(str_eq(r.locale, "en-US") && str_eq(r.message, EN_UNKNOWN), "ja lookup of an unshowable code: %s, %s",
          r.locale, r.message);
    const char *body = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\"}}}";
    smh_errors_response *resp;
    smh_errors_parse_response((const uint8_t *)body, strlen(body), &resp);
    CHECK_STR(smh_errors_response_message(resp, cat, "ja-JP"), "署名が正しくありません。", "response in ja");
    smh_errors_response_lookup(resp, cat, "ja-JP", &r);
    CHECK_STR(r.locale, "ja-JP", "response lookup in ja");
    smh_errors_response_free(resp);
    /* Every lookup of the catalog with NULL and garbage. */
    CHECK(smh_errors_catalog_message(cat, NULL, NULL) != NULL, "catalog message NULLs");
    CHECK_STR(smh_errors_catalog_negotiate(cat, "\xff"), "en-US", "catalog negotiate garbage");
    CHECK(smh_errors_catalog_lookup(cat, NULL, NULL, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT, "catalog lookup NULL");
    /* The `_n` functions on the handle. */
    CHECK(smh_errors_catalog_negotiate_n(cat, "ja_JP.UTF-8", 5) == smh_errors_catalog_negotiate(cat, "ja-JP") &&
              str_eq(smh_errors_catalog_negotiate_n(cat, "ja_JP.UTF-8", 5), "ja-JP"),
          "catalog negotiate_n ja");
    smh_errors_lookup_result want;
    smh_errors_catalog_lookup(cat, "AuthFailure.MFAFailure", "ja", &want);
    CHECK(smh_errors_catalog_lookup_n(cat, "AuthFailure.MFAFailure!", 22, "ja-JP", 2, &r) == SMH_ERRORS_STATUS_OK &&
              same_lookup(&r, &want) && str_eq(r.locale, "ja-JP"),
          "catalog lookup_n ja");
    CHECK(smh_errors_catalog_lookup_n(cat, NULL, 0, NULL, 0, NULL) == SMH_ERRORS_STATUS_NULL_ARGUMENT,
          "catalog lookup_n NULL out");
    smh_errors_catalog_format_n(cat, "Foo.Bar.", 7, "ja-JP", 5, buf, sizeof buf);
    CHECK_STR(buf, "リクエストはエラーコード Foo.Bar で失敗しました。", "catalog format_n ja shows the code");
    smh_errors_catalog_free(cat);
}

/* An unknown code shows in smh_errors_message as in every language, from a
 * table of the codes seen, bounded by SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES
 * (run last: it fills the global catalog's table). */
static void unknown_codes(void) {
    const char *m = smh_errors_message("OperationDenied.Whatever", "en-US");
    CHECK_STR(m, "The request failed with error code OperationDenied.Whatever.", "unknown code shown");
    CHECK(smh_errors_message("OperationDenied.Whatever", "en-US") == m, "the same pointer again");
    CHECK_STR(smh_errors_message("OperationDenied.Whatever", "zh-CN"), "请求失败，错误码：OperationDenied.Whatever。",
              "unknown code shown in zh-CN");
    char big[SMH_ERRORS_MAX_SHOWN_CODE_LEN + 2];
    memset(big, 'A', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_STR(smh_errors_message(big, "en-US"), EN_UNKNOWN, "a code over the shown limit is not shown");
    big[SMH_ERRORS_MAX_SHOWN_CODE_LEN] = '\0';
    CHECK(strstr(smh_errors_message(big, "en-US"), big) != NULL, "a code at the shown limit is shown");
    char code[64], want[128];
    for (int i = 0; i < SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES; i++) {
        snprintf(code, sizeof code, "Nope.N%d", i);
        smh_errors_message(code, "en-US");
    }
    snprintf(want, sizeof want, "The request failed with error code %s.", "Nope.N7");
    CHECK_STR(smh_errors_message("Nope.N7", "en-US"), want, "a code seen keeps its text");
    CHECK_STR(smh_errors_message("Nope.Late", "en-US"), EN_UNKNOWN, "past the bound: the text without the code");
    smh_errors_lookup_result r;
    smh_errors_lookup("Nope.Late", "en-US", &r);
    CHECK(r.message == smh_errors_message("Nope.Late", "en-US"), "the struct's message past the bound");
    snprintf(code, sizeof code, "Nope.Late");
    char buf[128];
    smh_errors_format(code, "en-US", NULL, NULL, 0, buf, sizeof buf);
    CHECK_STR(buf, "The request failed with error code Nope.Late.", "format shows it still");
}

/* The error's one-line text: the core's rendering, server text escaped. */
static void error_text(void) {
    char buf[128];
    const char code[] = "AuthFailure.SignatureFailure", msg[] = "bad\nsig\x1b[2J", rid[] = "r-1";
    size_t n = smh_errors_error_text_n(code, strlen(code), msg, strlen(msg), rid, strlen(rid), buf, sizeof buf);
    CHECK_STR(buf, "AuthFailure.SignatureFailure: bad\\nsig\\u{1b}[2J (RequestId: r-1)", "escaped text");
    CHECK(n == strlen(buf), "returns the full length");
    /* Invisible characters too: U+200B, U+E0041, U+FEFF, U+00AD, U+2060. */
    static const char hidden[] = "Li\xe2\x80\x8b" "b\xf3\xa0\x81\x81\xef\xbb\xbf\xc2\xad\xe2\x81\xa0";
    smh_errors_error_text_n("X", 1, hidden, strlen(hidden), "r", 1, buf, sizeof buf);
    CHECK_STR(buf, "X: Li\\u{200b}b\\u{e0041}\\u{feff}\\u{ad}\\u{2060} (RequestId: r)", "invisible characters escaped");
    n = smh_errors_error_text_n(code, strlen(code), NULL, 5, "", 0, buf, sizeof buf);
    CHECK_STR(buf, "AuthFailure.SignatureFailure", "NULL and empty parts are left out");
    n = smh_errors_error_text_n(code, strlen(code), msg, strlen(msg), rid, strlen(rid), NULL, 0);
    CHECK(n > 40, "NULL buf measures");
    n = smh_errors_error_text_n("X\0Y\xff", 4, NULL, 0, NULL, 0, buf, sizeof buf);
    CHECK_STR(buf, "X\\u{0}Y\xef\xbf\xbd", "a NUL is escaped, invalid UTF-8 is U+FFFD");
    n = smh_errors_error_text_n(code, strlen(code), msg, strlen(msg), rid, strlen(rid), buf, 5);
    CHECK_STR(buf, "Auth", "cut to the buffer");
    CHECK(n > 40, "and still the full length");
}

/* A locale's table: every registered code's answer, as the lookup gives it,
 * the same table for requests that resolve alike, kept by the catalog. */
static void locale_tables(const char *overlays) {
    const smh_errors_locale_table *t = smh_errors_catalog_locale_table_n(NULL, "zh_CN.UTF-8", 11);
    CHECK(t != NULL, "a table for zh_CN.UTF-8");
    if (t == NULL) return;
    CHECK_STR(t->locale, "zh-CN", "the negotiated locale");
    CHECK(t->locale_len == 5 && t->count == smh_errors_code_count(), "lengths");
    CHECK(t->separator == '.' && t->max_code_len >= strlen("InvalidParameterValue.AdvancedSearchOption"), "the parent rule");
    for (size_t i = 0; i < t->count; i++) {
        const smh_errors_entry *e = &t->entries[i];
        smh_errors_lookup_result r;
        smh_errors_lookup(smh_errors_code_at(i), "zh-CN", &r);
        CHECK(e->code == smh_errors_code_at(i) && e->code_len == strlen(e->code), "entry %zu's code", i);
        CHECK(e->message == r.message && e->message_len == strlen(e->message), "entry %zu's message", i);
        CHECK(e->locale == r.locale && e->locale_len == strlen(e->locale), "entry %zu's locale", i);
        CHECK(e->doc_url == r.doc_url && e->doc_url_len == (r.doc_url ? strlen(r.doc_url) : 0), "entry %zu's link", i);
        CHECK(e->kind == r.kind && e->retryable == r.retryable, "entry %zu's kind and policy", i);
    }
    CHECK(smh_errors_catalog_locale_table_n(NULL, "zh", 2) == t, "zh resolves alike: the same table");
    CHECK(smh_errors_catalog_locale_table_n(NULL, "zh-CNxx", 5) == t, "only locale_len bytes are read");
    const smh_errors_locale_table *en = smh_errors_catalog_locale_table_n(NULL, "\xff", 1);
    CHECK(en != NULL && en != t && str_eq(en->locale, "en-US"), "garbage is en-US");
    const smh_errors_locale_table *def = smh_errors_catalog_locale_table_n(NULL, NULL, 7);
    CHECK(def != NULL && str_eq(def->locale, smh_errors_negotiate(NULL)), "NULL is the default locale");

    /* An overlay's partial locale falls back entry by entry. */
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/ja-partial", overlays);
    smh_errors_catalog *cat = NULL;
    CHECK(smh_errors_catalog_open(dir, &cat, NULL) == SMH_ERRORS_STATUS_OK, "open ja-partial");
    const smh_errors_locale_table *ja = smh_errors_catalog_locale_table_n(cat, "ja", 2);
    CHECK(ja != NULL && str_eq(ja->locale, "ja-JP"), "ja table");
    int ja_entries = 0, en_entries = 0;
    for (size_t i = 0; ja && i < ja->count; i++) {
        smh_errors_lookup_result r;
        smh_errors_catalog_lookup(cat, ja->entries[i].code, "ja", &r);
        CHECK(ja->entries[i].message == r.message && ja->entries[i].locale == r.locale, "ja entry %zu", i);
        ja_entries += str_eq(r.locale, "ja-JP");
        en_entries += str_eq(r.locale, "en-US");
    }
    CHECK(ja_entries > 0 && en_entries > 0, "some answered in ja-JP (%d), some in en-US (%d)", ja_entries, en_entries);
    smh_errors_catalog_free(cat);
}

/* Any code in one call: the struct of the lookup (message NULL) and the
 * full message of the format call. */
static void lookup_format(void) {
    const char *codes[] = {"AuthFailure", "InvalidParameterValue.Foo", "Nope.Code", "a b", ""};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        smh_errors_lookup_result r, want;
        char buf[256], fmt[256];
        size_t n = smh_errors_catalog_lookup_format_n(NULL, codes[i], strlen(codes[i]), "zh", 2, &r, buf, sizeof buf);
        smh_errors_catalog_lookup_n(NULL, codes[i], strlen(codes[i]), "zh", 2, &want);
        size_t m = smh_errors_catalog_format_n(NULL, codes[i], strlen(codes[i]), "zh", 2, fmt, sizeof fmt);
        CHECK(r.message == NULL, "%s: no static message", codes[i]);
        CHECK(r.locale == want.locale && r.resolution == want.resolution && r.matched == want.matched &&
                  r.kind == want.kind && r.retryable == want.retryable && r.doc_url == want.doc_url,
              "%s: the lookup's fields", codes[i]);
        CHECK(n == m && str_eq(buf, fmt), "%s: the format's text", codes[i]);
    }
    char small[4];
    size_t n = smh_errors_catalog_lookup_format_n(NULL, "Nope.Code", 9, "en", 2, NULL, small, sizeof small);
    CHECK(n == strlen("The request failed with error code Nope.Code.") && str_eq(small, "The"), "cut, NULL out");
}

/* What a person should read: the lookup's text, then detail, server and
 * request id lines, as `smh-errors parse` prints it. */
static void explain(void) {
    const char body[] = "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"Parameter `LibraryId` "
                        "format invalid.\"},\"RequestId\":\"r-1\"}}";
    smh_errors_response *resp = NULL;
    smh_errors_parse_response((const uint8_t *)body, strlen(body), &resp);
    const char *want = "InvalidParameter [en-US, exact, common, not retryable]\n"
                       "  A parameter is invalid (for example, its format or type is wrong).\n"
                       "  detail: The parameter LibraryId has an invalid format.\n"
                       "  server: Parameter `LibraryId` format invalid.\n"
                       "  request id: r-1";
    char buf[512];
    size_t n = smh_errors_response_explain(resp, NULL, "en", buf, sizeof buf);
    CHECK_STR(buf, want, "response explain");
    CHECK(n == strlen(want), "full length");
    const char *code = "InvalidParameter", *msg = "Parameter `LibraryId` format invalid.";
    n = smh_errors_catalog_explain_n(NULL, code, strlen(code), msg, strlen(msg), "r-1", 3, "en", 2, buf, sizeof buf);
    CHECK_STR(buf, want, "explain by fields");
    n = smh_errors_catalog_explain_n(NULL, code, strlen(code), NULL, 0, "", 0, "en", 2, buf, sizeof buf);
    CHECK_STR(buf, "InvalidParameter [en-US, exact, common, not retryable]\n"
                   "  A parameter is invalid (for example, its format or type is wrong).", "no message, empty id");
    n = smh_errors_catalog_explain_n(NULL, "X\n", 2, "m\x1b", 2, NULL, 0, "en", 2, buf, sizeof buf);
    CHECK(strstr(buf, "X\\n [en-US, unknown code]") == buf && strstr(buf, "server: m\\u{1b}") != NULL,
          "network text escaped: %s", buf);
    smh_errors_response_free(resp);
    smh_errors_parse_response((const uint8_t *)"{\"Response\":{}}", 14, &resp);
    CHECK(smh_errors_response_explain(resp, NULL, "en", buf, sizeof buf) == 0 && buf[0] == 0, "a success: none");
    CHECK(smh_errors_response_explain(NULL, NULL, "en", buf, sizeof buf) == 0, "NULL: none");
    smh_errors_response_free(resp);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OVERLAYS_DIR\n", argv[0]);
        return 2;
    }
    CHECK(smh_errors_global_catalog_error() == NULL, "no overlay error without SMH_ERRORS_CATALOG_DIR");
    version();
    codes();
    categories();
    length_delimited();
    nulls_and_garbage();
    overlong();
    snprintf_semantics();
    responses();
    catalogs(argv[1]);
    unknown_codes();
    error_text();
    locale_tables(argv[1]);
    lookup_format();
    explain();
    return check_report("test_api");
}
