/* The C API beyond the shared vectors: version, code list, NULL, invalid
 * UTF-8 and overlong input, snprintf semantics, response accessors, overlay
 * catalogs opened as handles, and their errors.
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
    CHECK(n == 74, "code count %zu", n);
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
    CHECK_STR(smh_errors_message("ActionOffline", "\xff"), "This API has been taken offline.", "bad locale");
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
    CHECK_STR(smh_errors_message("ActionOffline", code), "This API has been taken offline.", "4 MiB locale message");
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
    CHECK_STR(buf, "This API has been taken offline.", "args on a message without variables");
}

static smh_errors_outcome parse(const char *body, size_t len, smh_errors_response **r) {
    return smh_errors_parse_response((const uint8_t *)body, len, r);
}

static void responses(void) {
    smh_errors_response *r = (smh_errors_response *)1;
    CHECK(parse(NULL, 0, &r) == SMH_ERRORS_OUTCOME_INVALID && r != NULL, "NULL body");
    CHECK_STR(smh_errors_response_parse_error_kind(r), "syntax", "NULL body kind");
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
    CHECK(smh_errors_response_parse_error_kind(NULL) == NULL, "parse_error_kind(NULL)");
    CHECK(!smh_errors_response_retryable(NULL), "retryable(NULL)");
    CHECK_STR(smh_errors_response_message(NULL, NULL, "en-US"), EN_UNKNOWN, "message(NULL)");
    char buf[128];
    smh_errors_response_format(NULL, NULL, "en-US", buf, sizeof buf);
    CHECK_STR(buf, EN_UNKNOWN, "format(NULL)");
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
        CHECK_STR(smh_errors_response_parse_error_kind(r), bad[i].kind, bad[i].body);
        const char *why = smh_errors_response_parse_error(r);
        CHECK(why != NULL && strlen(why) > 10, "bad body %zu reason: %s", i, SHOW(why));
        smh_errors_response_free(r);
    }
    /* Deep nesting and a 3 MiB body. */
    size_t big = 3u << 20;
    char *b = malloc(big);
    memset(b, '[', big);
    CHECK(parse(b, 100000, &r) == SMH_ERRORS_OUTCOME_INVALID, "deep");
    CHECK_STR(smh_errors_response_parse_error_kind(r), "too_deep", "deep kind");
    smh_errors_response_free(r);
    CHECK(parse(b, big, &r) == SMH_ERRORS_OUTCOME_INVALID, "huge");
    CHECK_STR(smh_errors_response_parse_error_kind(r), "too_large", "huge kind");
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
    CHECK_STR(r.message, "This API has been taken offline.", "fallback message");
    smh_errors_catalog_lookup(cat, "InvalidParameterValue.Nope", "ja-JP", &r);
    CHECK(r.resolution == SMH_ERRORS_RESOLUTION_PARENT && str_eq(r.message, "パラメータの値が無効です。"), "ja parent");
    char buf[256];
    smh_errors_catalog_format(cat, "Foo.Bar", "ja-JP", NULL, NULL, 0, buf, sizeof buf);
    CHECK_STR(buf, "リクエストはエラーコード Foo.Bar で失敗しました。", "ja generic shows the code");
    CHECK_STR(smh_errors_catalog_message(cat, "Foo.Bar", "ja-JP"), EN_UNKNOWN, "ja has no unknown-error: en-US");
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
    smh_errors_catalog_free(cat);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OVERLAYS_DIR\n", argv[0]);
        return 2;
    }
    CHECK(smh_errors_global_catalog_error() == NULL, "no overlay error without SMH_ERRORS_CATALOG_DIR");
    version();
    codes();
    nulls_and_garbage();
    overlong();
    snprintf_semantics();
    responses();
    catalogs(argv[1]);
    return check_report("test_api");
}
