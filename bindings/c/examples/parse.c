/* parse: read an SMH API response body from stdin and explain it.
 *
 *   cc parse.c $(pkg-config --cflags --libs smh_errors) -o parse
 *   ./parse zh-CN < response.json
 */
#include <stdio.h>
#include <stdlib.h>
#include <smh_errors.h>

int main(int argc, char **argv) {
    const char *locale = argc > 1 ? argv[1] : NULL;
    static unsigned char body[1 << 21];
    size_t len = fread(body, 1, sizeof body, stdin);

    smh_errors_response *resp = NULL;
    switch (smh_errors_parse_response(body, len, &resp)) {
    case SMH_ERRORS_OUTCOME_SUCCESS:
        printf("success (request id %s)\n", smh_errors_response_request_id(resp, NULL));
        break;
    case SMH_ERRORS_OUTCOME_ERROR: {
        char msg[512];
        smh_errors_response_format(resp, NULL, locale, msg, sizeof msg);
        const char *server = smh_errors_response_server_message(resp, NULL);
        const char *rid = smh_errors_response_request_id(resp, NULL);
        printf("%s: %s\n  server: %s\n  request id: %s\n  retryable: %s\n", smh_errors_response_code(resp, NULL),
               msg, server ? server : "-", rid ? rid : "-", smh_errors_response_retryable(resp) ? "yes" : "no");
        break;
    }
    case SMH_ERRORS_OUTCOME_INVALID:
        fprintf(stderr, "not an SMH response (%s): %s\n",
                smh_errors_parse_error_kind_name((int)smh_errors_response_parse_error_kind(resp)),
                smh_errors_response_parse_error(resp));
        smh_errors_response_free(resp);
        return 2;
    }
    smh_errors_response_free(resp);
    return 0;
}
