/* 8 threads hammer the library at once: first each builds the full answer
 * table itself (racing the library's lazy initialization), then each makes
 * ITERATIONS random mixed calls (message, lookup, negotiate, format, parse,
 * and the length-delimited lookup_n, format_n, negotiate_n, category_of_n)
 * and checks every result against the table.
 *
 * usage: test_stress [ITERATIONS_PER_THREAD]   (default 100000) */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smh_errors.h"
#include "check.h"

#define THREADS 8
#define MAX_CODES 128

static const char *LOCALES[] = {"zh-CN", "en-US", "zh_CN.UTF-8", "en", "zh-Hant-TW", "fr-FR", "C", "", NULL,
                                "fr, zh;q=0.9", "\xff\xfe"};
#define NLOC (sizeof LOCALES / sizeof LOCALES[0])

static const char *codes[MAX_CODES];
static size_t ncodes;

struct answer {
    const char *message;
    smh_errors_lookup_result lookup;
    char full[256];
};

struct table {
    struct answer a[MAX_CODES][NLOC];
    const char *negotiated[NLOC];
    const char *category[MAX_CODES];
};

static struct table tables[THREADS];
static pthread_barrier_t start;
static long iterations = 100000;
static atomic_long failures, calls;

static void build(struct table *t) {
    for (size_t c = 0; c < ncodes; c++)
        for (size_t l = 0; l < NLOC; l++) {
            struct answer *a = &t->a[c][l];
            a->message = smh_errors_message(codes[c], LOCALES[l]);
            smh_errors_lookup(codes[c], LOCALES[l], &a->lookup);
            smh_errors_format(codes[c], LOCALES[l], NULL, NULL, 0, a->full, sizeof a->full);
        }
    for (size_t l = 0; l < NLOC; l++) t->negotiated[l] = smh_errors_negotiate(LOCALES[l]);
    for (size_t c = 0; c < ncodes; c++) t->category[c] = smh_errors_category_of_n(codes[c], strlen(codes[c]));
}

static size_t len_of(const char *s) { return s ? strlen(s) : 0; }

static int same_lookup(const smh_errors_lookup_result *x, const smh_errors_lookup_result *y) {
    return x->message == y->message && x->locale == y->locale && x->resolution == y->resolution &&
           x->matched == y->matched && x->kind == y->kind && x->retryable == y->retryable && x->doc_url == y->doc_url;
}

static uint64_t next(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void *worker(void *arg) {
    size_t id = (size_t)arg;
    pthread_barrier_wait(&start);
    build(&tables[id]);
    pthread_barrier_wait(&start);
    /* Every thread checks against thread 0's table, built concurrently. */
    const struct table *t = &tables[0];
    uint64_t rng = 0x9E3779B97F4A7C15ull * (id + 1);
    long bad = 0;
    char buf[256];
    for (long i = 0; i < iterations; i++) {
        uint64_t r = next(&rng);
        size_t c = (r >> 8) % ncodes, l = (r >> 24) % NLOC;
        const struct answer *want = &t->a[c][l];
        switch (r % 7) {
        case 0:
            bad += smh_errors_message(codes[c], LOCALES[l]) != want->message;
            break;
        case 1: {
            smh_errors_lookup_result got;
            bad += smh_errors_lookup(codes[c], LOCALES[l], &got) != SMH_ERRORS_STATUS_OK;
            bad += !same_lookup(&got, &want->lookup);
            break;
        }
        case 2:
            bad += smh_errors_negotiate(LOCALES[l]) != t->negotiated[l];
            break;
        case 3:
            smh_errors_format(codes[c], LOCALES[l], NULL, NULL, 0, buf, sizeof buf);
            bad += strcmp(buf, want->full) != 0;
            break;
        case 4: {
            snprintf(buf, sizeof buf, "{\"Response\":{\"Error\":{\"Code\":\"%s\"},\"RequestId\":\"r%zu\"}}",
                     codes[c], id);
            smh_errors_response *resp = NULL;
            smh_errors_outcome o = smh_errors_parse_response((const uint8_t *)buf, strlen(buf), &resp);
            smh_errors_lookup_result got;
            smh_errors_response_lookup(resp, NULL, LOCALES[l], &got);
            /* Only printable ASCII codes without quote or backslash make a valid body. */
            int plain = codes[c][0] != '\0';
            for (const char *p = codes[c]; *p; p++) plain &= *p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\';
            if (plain) {
                bad += o != SMH_ERRORS_OUTCOME_ERROR;
                bad += !str_eq(smh_errors_response_code(resp, NULL), codes[c]);
                bad += !same_lookup(&got, &want->lookup);
            }
            smh_errors_response_free(resp);
            break;
        }
        case 5: {
            /* Code and locale given by length, as a prefix of a longer buffer. */
            size_t cl = strlen(codes[c]), ll = len_of(LOCALES[l]);
            char code_buf[128], locale_buf[64];
            if (cl + 3 > sizeof code_buf || ll + 3 > sizeof locale_buf) break;
            memcpy(code_buf, codes[c], cl);
            memcpy(code_buf + cl, "XYZ", 3);
            if (LOCALES[l]) memcpy(locale_buf, LOCALES[l], ll);
            memcpy(locale_buf + ll, "XYZ", 3);
            smh_errors_lookup_result got;
            bad += smh_errors_catalog_lookup_n(NULL, code_buf, cl, LOCALES[l] ? locale_buf : NULL, ll, &got) !=
                   SMH_ERRORS_STATUS_OK;
            bad += !same_lookup(&got, &want->lookup);
            bad += smh_errors_category_of_n(code_buf, cl) != t->category[c];
            break;
        }
        case 6:
            smh_errors_catalog_format_n(NULL, codes[c], strlen(codes[c]), LOCALES[l], len_of(LOCALES[l]), buf,
                                        sizeof buf);
            bad += strcmp(buf, want->full) != 0;
            bad += smh_errors_catalog_negotiate_n(NULL, LOCALES[l], len_of(LOCALES[l])) != t->negotiated[l];
            break;
        }
    }
    atomic_fetch_add(&failures, bad);
    atomic_fetch_add(&calls, iterations);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc > 1) iterations = atol(argv[1]);
    /* Registry codes, parents, unknown, empty and garbage codes. Note that
     * smh_errors_code_at initializes only the code list, not the catalog. */
    for (size_t i = 0; i < smh_errors_code_count() && ncodes < 100; i++) codes[ncodes++] = smh_errors_code_at(i);
    const char *extra[] = {"InvalidParameterValue.Nope", "ResourceNotFound.Library.Deeper", "Nope", "", "a b",
                           "\xff\xfe", "RequestLimitExceeded.Whatever", "X.Y.Z"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) codes[ncodes++] = extra[i];

    pthread_t th[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (size_t i = 0; i < THREADS; i++) pthread_create(&th[i], NULL, worker, (void *)i);
    for (size_t i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
    pthread_barrier_destroy(&start);

    /* Tables built concurrently are identical (pointers included). */
    for (size_t i = 1; i < THREADS; i++)
        for (size_t c = 0; c < ncodes; c++)
            for (size_t l = 0; l < NLOC; l++) {
                const struct answer *x = &tables[0].a[c][l], *y = &tables[i].a[c][l];
                CHECK(x->message == y->message && same_lookup(&x->lookup, &y->lookup) && !strcmp(x->full, y->full) &&
                          tables[0].category[c] == tables[i].category[c],
                      "thread %zu differs on code %zu locale %zu", i, c, l);
            }
    /* And right: spot checks. */
    CHECK_STR(tables[0].a[0][0].lookup.locale, "zh-CN", "first answer's locale");
    CHECK_STR(tables[0].negotiated[2], "zh-CN", "zh_CN.UTF-8");
    CHECK_STR(tables[0].category[0], "ActionOffline", "first code's category");
    CHECK(atomic_load(&failures) == 0, "%ld of %ld mixed calls gave a wrong answer", atomic_load(&failures),
          atomic_load(&calls));
    printf("stress: %d threads x %ld mixed calls\n", THREADS, iterations);
    return check_report("test_stress");
}
