/* A translator's preview: with SMH_ERRORS_CATALOG_DIR naming an overlay, the
 * global catalog (every plain smh_errors_* call) answers in its locale, and
 * falls back along the chain for the messages it lacks.
 *
 * usage: SMH_ERRORS_CATALOG_DIR=tests/fixtures/overlays/ja-partial test_preview ja-partial
 *        SMH_ERRORS_CATALOG_DIR=tests/fixtures/overlays/broken-syntax test_preview broken */
#include <string.h>

#include "smh_errors.h"
#include "check.h"

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    if (strcmp(argv[1], "ja-partial") == 0) {
        CHECK(smh_errors_global_catalog_error() == NULL, "overlay loads: %s", SHOW(smh_errors_global_catalog_error()));
        CHECK_STR(smh_errors_negotiate("ja_JP.UTF-8"), "ja-JP", "negotiate ja");
        /* Codes the overlay has answer in ja-JP. */
        const char *has[][2] = {
            {"AuthFailure.SignatureFailure", "署名が正しくありません。"},
            {"AuthFailure.MFAFailure", "MFA 認証に失敗しました。"},
            {"InvalidParameterValue", "パラメータの値が無効です。"},
            {"UnauthorizedOperation.ServiceLinkedRole", "SMH のサービスリンクロールが付与されていません。"},
        };
        for (size_t i = 0; i < sizeof has / sizeof has[0]; i++) {
            smh_errors_lookup_result r;
            smh_errors_lookup(has[i][0], "ja-JP", &r);
            CHECK_STR(r.locale, "ja-JP", has[i][0]);
            CHECK_STR(r.message, has[i][1], has[i][0]);
            CHECK_STR(smh_errors_message(has[i][0], "ja"), has[i][1], has[i][0]);
        }
        /* The others fall back to en-US, every one of them. */
        size_t fell = 0;
        for (size_t i = 0; i < smh_errors_code_count(); i++) {
            const char *code = smh_errors_code_at(i);
            smh_errors_lookup_result r, en;
            smh_errors_lookup(code, "ja-JP", &r);
            int translated = 0;
            for (size_t k = 0; k < sizeof has / sizeof has[0]; k++) translated |= str_eq(code, has[k][0]);
            if (translated || str_eq(code, "AuthFailure.InvalidAuthorization")) continue;
            smh_errors_lookup(code, "en-US", &en);
            CHECK_STR(r.locale, "en-US", code);
            CHECK(r.message == en.message, "%s falls back to the en-US text", code);
            fell++;
        }
        CHECK(fell > 60, "%zu codes fell back", fell);
        char buf[256];
        smh_errors_format("Foo.Bar", "ja-JP", NULL, NULL, 0, buf, sizeof buf);
        CHECK_STR(buf, "リクエストはエラーコード Foo.Bar で失敗しました。", "ja generic");
        CHECK_STR(smh_errors_message("ActionOffline", "zh-CN"), "接口已下线。", "zh-CN unchanged");
    } else {
        const char *err = smh_errors_global_catalog_error();
        CHECK(err != NULL && strstr(err, "errors.ftl:") != NULL, "broken overlay reported: %s", SHOW(err));
        CHECK_STR(smh_errors_negotiate("ja-JP"), "en-US", "builtin catalog without the broken overlay");
        CHECK_STR(smh_errors_message("ActionOffline", "zh-CN"), "接口已下线。", "builtin still answers");
    }
    return check_report("test_preview");
}
