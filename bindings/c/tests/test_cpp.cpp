// The header from C++: extern "C" linkage, the enums and the struct.
#include <cstdio>
#include <cstring>
#include <string>

#include "smh_errors.h"

int main() {
    smh_errors_lookup_result r;
    smh_errors_status s = smh_errors_lookup("InvalidParameterValue.Foo", "zh-CN", &r);
    std::string m = smh_errors_message("ActionOffline", "en-US");
    int failed = 0;
    failed += s != SMH_ERRORS_STATUS_OK;
    failed += r.resolution != SMH_ERRORS_RESOLUTION_PARENT;
    failed += std::strcmp(r.matched, "InvalidParameterValue") != 0;
    failed += m != "This API has been permanently withdrawn.";
    failed += std::string(smh_errors_version()) != SMH_ERRORS_VERSION;
    static const char code[] = "AuthFailure.Whatever";
    failed += smh_errors_catalog_lookup_n(nullptr, code, sizeof code - 1, "zh-CN", 5, &r) != SMH_ERRORS_STATUS_OK;
    const char *category = smh_errors_category_of_n(code, sizeof code - 1);
    failed += category == nullptr || std::strcmp(category, "AuthFailure") != 0;
    std::printf("test_cpp: %d passed, %d failed\n", 7 - failed, failed);
    return failed ? 1 : 0;
}
