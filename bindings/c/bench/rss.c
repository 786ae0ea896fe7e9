/* The resident memory a program gains by loading libsmh_errors.so and making
 * its first lookup (VmRSS before dlopen, after dlopen, after the lookup).
 *
 *   rss /path/to/libsmh_errors.so */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long rss_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) kib = strtol(line + 6, NULL, 10);
    if (f) fclose(f);
    return kib;
}

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    long before = rss_kib();
    void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    long loaded = rss_kib();
    const char *(*message)(const char *, const char *) =
        (const char *(*)(const char *, const char *))dlsym(h, "smh_errors_message");
    const char *m = message("AuthFailure.SignatureFailure", "zh-CN");
    long after = rss_kib();
    printf("first lookup: %s\n", m);
    printf("VmRSS: %ld KiB before dlopen, %ld KiB after dlopen (+%ld), %ld KiB after the first lookup (+%ld KiB = %.2f MiB in all)\n",
           before, loaded, loaded - before, after, after - before, (after - before) / 1024.0);
    return 0;
}
