/* The differential run (tests/differential/README.md): every question of the
 * Rust core's file (argv[1]), answered again through the C API and compared
 * field by field; the first mismatches are printed, the exit status is 1 if
 * there is any. */
#define _POSIX_C_SOURCE 200809L /* getline */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smh_errors.h"

/* A field of a line: absent, null, a boolean, or hex-decoded bytes. */
typedef struct {
    enum { F_ABSENT, F_NULL, F_BOOL, F_BYTES } type;
    bool b;
    char *s; /* NUL-terminated copy of the bytes (which may hold NUL) */
    size_t len;
} field;

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Every string of the file is hex, so a key is found by its "key": text. */
static field get(const char *line, const char *key) {
    field f = {F_ABSENT, false, NULL, 0};
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\":", key);
    const char *p = strstr(line, pat);
    if (!p) return f;
    p += strlen(pat);
    if (*p == 'n') { f.type = F_NULL; return f; }
    if (*p == 't' || *p == 'f') { f.type = F_BOOL; f.b = *p == 't'; return f; }
    if (*p != '"') { fprintf(stderr, "bad value for %s\n", key); exit(2); }
    p++;
    const char *end = strchr(p, '"');
    if (!end || (end - p) % 2) { fprintf(stderr, "bad hex for %s\n", key); exit(2); }
    f.type = F_BYTES;
    f.len = (size_t)(end - p) / 2;
    f.s = malloc(f.len + 1);
    for (size_t i = 0; i < f.len; i++) {
        int hi = hexval(p[2 * i]), lo = hexval(p[2 * i + 1]);
        if (hi < 0 || lo < 0) { fprintf(stderr, "bad hex for %s\n", key); exit(2); }
        f.s[i] = (char)(hi * 16 + lo);
    }
    f.s[f.len] = 0;
    return f;
}

static char problems[8192];
static size_t plen;

static void problem(const char *fmt, const char *name, const char *got, const char *want) {
    int n = snprintf(problems + plen, sizeof problems - plen, fmt, name, got ? got : "(null)", want ? want : "(null)");
    if (n > 0) plen = plen + (size_t)n < sizeof problems ? plen + (size_t)n : sizeof problems - 1;
}

/* got (length glen; NULL = absent) against a field (null = absent). */
static void cmp_n(const char *name, const char *got, size_t glen, field want) {
    bool ok = want.type == F_NULL ? got == NULL
                                  : want.type == F_BYTES && got && glen == want.len && memcmp(got, want.s, glen) == 0;
    if (!ok) problem("    %s: got \"%s\", want \"%s\"\n", name, got, want.s);
}

static void cmp(const char *name, const char *got, field want) { cmp_n(name, got, got ? strlen(got) : 0, want); }

static const char *resolution_name(smh_errors_resolution r) {
    return r == SMH_ERRORS_RESOLUTION_EXACT ? "exact" : r == SMH_ERRORS_RESOLUTION_PARENT ? "parent" : "generic";
}

static const char *kind_name(smh_errors_kind k) {
    return k == SMH_ERRORS_KIND_COMMON ? "common" : k == SMH_ERRORS_KIND_BUSINESS ? "business" : NULL;
}

/* The full message of code in locale (the generic one showing the code). */
static char *format_n(const char *code, size_t clen, const char *locale, size_t llen) {
    size_t n = smh_errors_catalog_format_n(NULL, code, clen, locale, llen, NULL, 0);
    char *buf = malloc(n + 1);
    smh_errors_catalog_format_n(NULL, code, clen, locale, llen, buf, n + 1);
    return buf;
}

/* A lookup's fields against the line's. The struct's message is the full
 * one, except that past SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES a generic answer
 * may be the text that shows no code (documented); the full text is then
 * format_n's, which is compared always. */
static void cmp_lookup(const char *line, const smh_errors_lookup_result *r, const char *full, const char *locale,
                       size_t llen) {
    field message = get(line, "message"), retryable = get(line, "retryable");
    cmp("format", full, message);
    if (!(message.type == F_BYTES && strcmp(r->message, message.s) == 0)) {
        smh_errors_lookup_result none;
        smh_errors_catalog_lookup_n(NULL, "", 0, locale, llen, &none);
        if (!(r->resolution == SMH_ERRORS_RESOLUTION_GENERIC && strcmp(r->message, none.message) == 0))
            problem("    %s: got \"%s\", want \"%s\"\n", "message", r->message, message.s);
    }
    field want[] = {get(line, "locale"), get(line, "resolution"), get(line, "matched"), get(line, "kind"),
                    get(line, "doc_url")};
    cmp("locale", r->locale, want[0]);
    cmp("resolution", resolution_name(r->resolution), want[1]);
    cmp("matched", r->matched, want[2]);
    cmp("kind", kind_name(r->kind), want[3]);
    cmp("doc_url", r->doc_url, want[4]);
    if (retryable.type != F_BOOL || retryable.b != r->retryable)
        problem("    %s: got %s, want %s\n", "retryable", r->retryable ? "true" : "false", retryable.b ? "true" : "false");
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) free(want[i].s);
    free(message.s);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s cases.jsonl\n", argv[0]); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 2; }
    size_t cap = 0, total = 0, bad = 0;
    char *line = NULL;
    while (getline(&line, &cap, in) > 0) {
        total++;
        plen = 0;
        problems[0] = 0;
        field locale = get(line, "in_locale");
        if (strstr(line, "\"op\":\"lookup\"")) {
            field code = get(line, "in_code");
            smh_errors_lookup_result r;
            smh_errors_catalog_lookup_n(NULL, code.s, code.len, locale.s, locale.len, &r);
            char *full = format_n(code.s, code.len, locale.s, locale.len);
            cmp_lookup(line, &r, full, locale.s, locale.len);
            free(full);
            free(code.s);
        } else {
            field body = get(line, "in_body"), outcome = get(line, "outcome");
            smh_errors_response *resp = NULL;
            smh_errors_outcome o = smh_errors_parse_response((const uint8_t *)body.s, body.len, &resp);
            const char *name = o == SMH_ERRORS_OUTCOME_SUCCESS ? "success" : o == SMH_ERRORS_OUTCOME_ERROR ? "error" : "invalid";
            cmp("outcome", name, outcome);
            size_t len;
            if (o == SMH_ERRORS_OUTCOME_ERROR && outcome.type == F_BYTES && strcmp(outcome.s, "error") == 0) {
                field want[] = {get(line, "code"), get(line, "server_message"), get(line, "request_id")};
                const char *code = smh_errors_response_code(resp, &len);
                size_t clen = len;
                cmp_n("code", code, clen, want[0]);
                const char *sm = smh_errors_response_server_message(resp, &len);
                cmp_n("server_message", sm, len, want[1]);
                const char *rid = smh_errors_response_request_id(resp, &len);
                cmp_n("request_id", rid, len, want[2]);
                smh_errors_lookup_result r;
                char *full;
                if (memchr(locale.s, 0, locale.len) == NULL) {
                    /* The response's own functions take a NUL-terminated locale. */
                    smh_errors_response_lookup(resp, NULL, locale.s, &r);
                    size_t m = smh_errors_response_format(resp, NULL, locale.s, NULL, 0);
                    full = malloc(m + 1);
                    smh_errors_response_format(resp, NULL, locale.s, full, m + 1);
                    field retry = get(line, "retryable");
                    if (retry.type != F_BOOL || smh_errors_response_retryable(resp) != retry.b)
                        problem("    %s: got %s, want %s\n", "response_retryable", smh_errors_response_retryable(resp) ? "true" : "false",
                                retry.b ? "true" : "false");
                } else {
                    smh_errors_catalog_lookup_n(NULL, code, clen, locale.s, locale.len, &r);
                    full = format_n(code, clen, locale.s, locale.len);
                }
                cmp_lookup(line, &r, full, locale.s, locale.len);
                free(full);
                for (size_t i = 0; i < 3; i++) free(want[i].s);
            } else if (o == SMH_ERRORS_OUTCOME_SUCCESS) {
                field rid = get(line, "request_id");
                const char *got = smh_errors_response_request_id(resp, &len);
                cmp_n("request_id", got, len, rid);
                free(rid.s);
            } else if (o == SMH_ERRORS_OUTCOME_INVALID) {
                field kind = get(line, "error_kind");
                cmp("error_kind", smh_errors_parse_error_kind_name((int)smh_errors_response_parse_error_kind(resp)), kind);
                free(kind.s);
            }
            smh_errors_response_free(resp);
            free(body.s);
            free(outcome.s);
        }
        free(locale.s);
        if (plen) {
            if (++bad <= 20) {
                char head[200];
                snprintf(head, sizeof head, "%.180s", line);
                fprintf(stderr, "mismatch, line %zu: %s...\n%s", total, head, problems);
            }
        }
    }
    free(line);
    fclose(in);
    if (total < 1000) { fprintf(stderr, "only %zu cases in %s\n", total, argv[1]); return 1; }
    printf("test_differential: %zu cases, %zu mismatches\n", total, bad);
    return bad ? 1 : 0;
}
