/* Every case of the JSON files of tests/vectors/ through the C API (the cases are turned
 * into vectors_data.h by gen_vectors.py at test time). */
#include <stdlib.h>
#include <string.h>

#include "smh_errors.h"
#include "check.h"

struct lookup_case {
    const char *code, *locale, *message, *exp_locale, *resolution, *matched, *kind;
    int retryable;
    const char *status; /* "current" or "retired" (of matched); NULL for a generic answer */
    const char *doc_url;
};
struct negotiate_case {
    const char *requested, *expect;
};
struct response_case {
    const char *name, *locale;
    const char *body;
    size_t body_len;
    const char *rep_head, *rep_unit, *rep_tail;
    size_t rep_times;
    const char *outcome;
    const char *code;
    size_t code_len;
    const char *server_message;
    size_t server_message_len;
    const char *request_id;
    size_t request_id_len;
    const char *message, *exp_locale, *resolution, *matched, *kind;
    int retryable;
    const char *status;
    const char *doc_url, *error_kind;
    const char *detail; /* the detail's message; NULL when there is none */
};

#include "vectors_data.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *resolution_name(smh_errors_resolution r) {
    switch (r) {
    case SMH_ERRORS_RESOLUTION_EXACT: return "exact";
    case SMH_ERRORS_RESOLUTION_PARENT: return "parent";
    case SMH_ERRORS_RESOLUTION_GENERIC: return "generic";
    }
    return "?";
}

static const char *kind_name(smh_errors_kind k) {
    switch (k) {
    case SMH_ERRORS_KIND_COMMON: return "common";
    case SMH_ERRORS_KIND_BUSINESS: return "business";
    case SMH_ERRORS_KIND_NONE: return NULL;
    }
    return "?";
}

static const char *outcome_name(smh_errors_outcome o) {
    switch (o) {
    case SMH_ERRORS_OUTCOME_SUCCESS: return "success";
    case SMH_ERRORS_OUTCOME_ERROR: return "error";
    case SMH_ERRORS_OUTCOME_INVALID: return "invalid";
    }
    return "?";
}

/* The matched code's status, by the library: "current" or "retired", NULL
 * for a generic answer. */
static const char *status_name(const char *matched) {
    if (matched == NULL) return NULL;
    return smh_errors_retired_n(matched, strlen(matched)) ? "retired" : "current";
}

/* The answer's fields against the expected ones; `full` is the formatted
 * message (which shows the code in a generic answer). */
static void check_answer(const char *ctx, const smh_errors_lookup_result *r, const char *full,
                         const char *message, const char *locale, const char *resolution, const char *matched,
                         const char *kind, int retryable, const char *status, const char *doc_url) {
    CHECK_STR(full, message, ctx);
    CHECK_STR(r->locale, locale, ctx);
    CHECK_STR(resolution_name(r->resolution), resolution, ctx);
    CHECK_STR(r->matched, matched, ctx);
    CHECK_STR(kind_name(r->kind), kind, ctx);
    CHECK(r->retryable == (retryable != 0), "%s: retryable %d", ctx, r->retryable);
    CHECK_STR(status_name(r->matched), status, ctx);
    CHECK_STR(r->doc_url, doc_url, ctx);
    /* The static text is the full one, the generic message showing the code
     * included. */
    CHECK_STR(r->message, message, ctx);
}

/* The full message through smh_errors_format, checking its snprintf
 * semantics on the way: measure with (NULL, 0), then write. */
static char *format_full(const char *code, const char *locale, const char *ctx) {
    size_t n = smh_errors_format(code, locale, NULL, NULL, 0, NULL, 0);
    char *buf = malloc(n + 1);
    size_t m = smh_errors_format(code, locale, NULL, NULL, 0, buf, n + 1);
    CHECK(m == n && strlen(buf) == n, "%s: format length %zu then %zu (strlen %zu)", ctx, n, m, strlen(buf));
    return buf;
}

/* An exact copy of s on the heap, without its NUL (NULL stays NULL): a
 * length-delimited function that read past `len` would be seen by ASan and
 * valgrind. */
static char *unterminated(const char *s, size_t *len) {
    *len = s ? strlen(s) : 0;
    if (s == NULL) return NULL;
    char *p = malloc(*len ? *len : 1);
    memcpy(p, s, *len);
    return p;
}

static int same_lookup(const smh_errors_lookup_result *x, const smh_errors_lookup_result *y) {
    return x->message == y->message && x->locale == y->locale && x->resolution == y->resolution &&
           x->matched == y->matched && x->kind == y->kind && x->retryable == y->retryable && x->doc_url == y->doc_url;
}

/* The same case through the `_n` functions (global catalog), code and
 * locale given by length without a NUL: the same answer, field by field,
 * and the same pointers as the NUL-terminated lookup `r`. */
static void lookup_n_case(const struct lookup_case *c, const smh_errors_lookup_result *r, const char *ctx) {
    size_t code_len, locale_len;
    char *code = unterminated(c->code, &code_len), *locale = unterminated(c->locale, &locale_len);
    smh_errors_lookup_result rn;
    CHECK(smh_errors_catalog_lookup_n(NULL, code, code_len, locale, locale_len, &rn) == SMH_ERRORS_STATUS_OK,
          "%s: lookup_n status", ctx);
    size_t n = smh_errors_catalog_format_n(NULL, code, code_len, locale, locale_len, NULL, 0);
    char *full = malloc(n + 1);
    size_t m = smh_errors_catalog_format_n(NULL, code, code_len, locale, locale_len, full, n + 1);
    CHECK(m == n && strlen(full) == n, "%s: format_n length %zu then %zu (strlen %zu)", ctx, n, m, strlen(full));
    char nctx[200];
    snprintf(nctx, sizeof nctx, "%s (_n)", ctx);
    check_answer(nctx, &rn, full, c->message, c->exp_locale, c->resolution, c->matched, c->kind, c->retryable,
                 c->status, c->doc_url);
    CHECK(same_lookup(&rn, r), "%s: lookup_n differs from lookup", ctx);
    free(full);
    free(code);
    free(locale);
}

static void lookups(void) {
    char ctx[160];
    for (size_t i = 0; i < COUNT(LOOKUP_CASES); i++) {
        const struct lookup_case *c = &LOOKUP_CASES[i];
        snprintf(ctx, sizeof ctx, "lookup.json[%zu] %.40s/%.20s", i, c->code, c->locale);
        smh_errors_lookup_result r;
        CHECK(smh_errors_lookup(c->code, c->locale, &r) == SMH_ERRORS_STATUS_OK, "%s: status", ctx);
        char *full = format_full(c->code, c->locale, ctx);
        check_answer(ctx, &r, full, c->message, c->exp_locale, c->resolution, c->matched, c->kind, c->retryable,
                     c->status, c->doc_url);
        /* smh_errors_message gives the same static text as the struct. */
        const char *m = smh_errors_message(c->code, c->locale);
        CHECK(m == r.message, "%s: smh_errors_message %p != lookup.message %p", ctx, (void *)m, (void *)r.message);
        /* And the same answer again is the same pointer (a table, not a copy). */
        CHECK(smh_errors_message(c->code, c->locale) == m, "%s: pointer not stable", ctx);
        lookup_n_case(c, &r, ctx);
        /* Retryable by code is the lookup's policy. */
        CHECK(smh_errors_retryable_n(c->code, c->code ? strlen(c->code) : 0) == (c->retryable != 0),
              "%s: retryable_n", ctx);
        /* Retired by code is the matched code's status. */
        CHECK(smh_errors_retired_n(c->code, c->code ? strlen(c->code) : 0) ==
                  (c->status != NULL && strcmp(c->status, "retired") == 0),
              "%s: retired_n", ctx);
        free(full);
    }
}

static void negotiations(void) {
    char ctx[160];
    for (size_t i = 0; i < COUNT(NEGOTIATE_CASES); i++) {
        const struct negotiate_case *c = &NEGOTIATE_CASES[i];
        snprintf(ctx, sizeof ctx, "negotiate.json[%zu] %.60s", i, c->requested);
        const char *got = smh_errors_negotiate(c->requested);
        CHECK_STR(got, c->expect, ctx);
        size_t len;
        char *requested = unterminated(c->requested, &len);
        CHECK(smh_errors_catalog_negotiate_n(NULL, requested, len) == got, "%s: negotiate_n differs", ctx);
        free(requested);
    }
}

static int bytes_eq(const char *got, size_t got_len, const char *want, size_t want_len) {
    if (got == NULL || want == NULL) return got == want;
    return got_len == want_len && memcmp(got, want, got_len) == 0 && got[got_len] == '\0';
}

static void responses(void) {
    char ctx[200];
    for (size_t i = 0; i < COUNT(RESPONSE_CASES); i++) {
        const struct response_case *c = &RESPONSE_CASES[i];
        snprintf(ctx, sizeof ctx, "responses.json[%zu] %s", i, c->name);
        char *built = NULL;
        const char *body = c->body;
        size_t len = c->body_len;
        if (c->rep_unit != NULL) {
            size_t h = strlen(c->rep_head), u = strlen(c->rep_unit), t = strlen(c->rep_tail);
            len = h + u * c->rep_times + t;
            built = malloc(len);
            memcpy(built, c->rep_head, h);
            for (size_t k = 0; k < c->rep_times; k++) memcpy(built + h + k * u, c->rep_unit, u);
            memcpy(built + h + u * c->rep_times, c->rep_tail, t);
            body = built;
        }
        smh_errors_response *r = NULL;
        smh_errors_outcome o = smh_errors_parse_response((const uint8_t *)body, len, &r);
        CHECK(r != NULL, "%s: no response object", ctx);
        CHECK_STR(outcome_name(o), c->outcome, ctx);
        CHECK(smh_errors_response_outcome(r) == o, "%s: outcome accessor", ctx);
        size_t n = 99;
        const char *rid = smh_errors_response_request_id(r, &n);
        if (strcmp(c->outcome, "invalid") != 0)
            CHECK(bytes_eq(rid, n, c->request_id, c->request_id_len), "%s: request_id \"%s\" want \"%s\"", ctx,
                  SHOW(rid), SHOW(c->request_id));
        if (strcmp(c->outcome, "error") == 0) {
            const char *code = smh_errors_response_code(r, &n);
            CHECK(bytes_eq(code, n, c->code, c->code_len), "%s: code \"%s\" want \"%s\"", ctx, SHOW(code),
                  SHOW(c->code));
            const char *sm = smh_errors_response_server_message(r, &n);
            CHECK(bytes_eq(sm, n, c->server_message, c->server_message_len), "%s: server_message \"%s\" want \"%s\"",
                  ctx, SHOW(sm), SHOW(c->server_message));
            smh_errors_lookup_result lr;
            CHECK(smh_errors_response_lookup(r, NULL, c->locale, &lr) == SMH_ERRORS_STATUS_OK, "%s: status", ctx);
            size_t need = smh_errors_response_format(r, NULL, c->locale, NULL, 0);
            char *full = malloc(need + 1);
            CHECK(smh_errors_response_format(r, NULL, c->locale, full, need + 1) == need, "%s: format", ctx);
            check_answer(ctx, &lr, full, c->message, c->exp_locale, c->resolution, c->matched, c->kind, c->retryable,
                         c->status, c->doc_url);
            CHECK(smh_errors_response_retryable(r) == (c->retryable != 0), "%s: response retryable", ctx);
            CHECK(smh_errors_retired_n(c->code, c->code_len) ==
                      (c->status != NULL && strcmp(c->status, "retired") == 0),
                  "%s: retired_n of the response's code", ctx);
            CHECK(smh_errors_response_message(r, NULL, c->locale) == lr.message, "%s: response message", ctx);
            CHECK(smh_errors_response_parse_error(r) == NULL, "%s: parse error on an error", ctx);
            /* The server message's detail: measured, then written; 0 for none. */
            size_t dneed = smh_errors_response_detail(r, NULL, c->locale, NULL, 0);
            char *dbuf = malloc(dneed + 1);
            CHECK(smh_errors_response_detail(r, NULL, c->locale, dbuf, dneed + 1) == dneed, "%s: detail length", ctx);
            if (c->detail == NULL)
                CHECK(dneed == 0 && dbuf[0] == '\0', "%s: detail \"%s\" want none", ctx, dbuf);
            else
                CHECK(dneed == strlen(c->detail) && strcmp(dbuf, c->detail) == 0, "%s: detail \"%s\" want \"%s\"", ctx,
                      dbuf, c->detail);
            free(dbuf);
            free(full);
        } else {
            CHECK(smh_errors_response_code(r, &n) == NULL && n == 0, "%s: code on a non-error", ctx);
            CHECK(smh_errors_response_server_message(r, NULL) == NULL, "%s: server message on a non-error", ctx);
            CHECK(!smh_errors_response_retryable(r), "%s: retryable on a non-error", ctx);
            char none[4] = "x";
            CHECK(smh_errors_response_detail(r, NULL, c->locale, none, sizeof none) == 0 && none[0] == '\0',
                  "%s: detail on a non-error", ctx);
        }
        if (strcmp(c->outcome, "invalid") == 0) {
            CHECK_STR(smh_errors_parse_error_kind_name((int)smh_errors_response_parse_error_kind(r)), c->error_kind, ctx);
            const char *why = smh_errors_response_parse_error(r);
            CHECK(why != NULL && strlen(why) > 10, "%s: parse error text \"%s\"", ctx, SHOW(why));
        } else {
            CHECK(smh_errors_response_parse_error_kind(r) == SMH_ERRORS_PARSE_ERROR_KIND_NONE, "%s: parse error kind on a valid body", ctx);
        }
        smh_errors_response_free(r);
        free(built);
    }
}

int main(void) {
    lookups();
    negotiations();
    responses();
    printf("vectors: %zu lookup, %zu negotiate, %zu response cases\n", COUNT(LOOKUP_CASES), COUNT(NEGOTIATE_CASES),
           COUNT(RESPONSE_CASES));
    return check_report("test_vectors");
}
