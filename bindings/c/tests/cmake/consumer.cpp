// A C++ program over the installed libsmh_errors: built by CMake
// (find_package) and by pkg-config in bindings/c/Makefile's test-cmake.
// Prints the library's version and one message, as argv asks.
#include <smh_errors.h>

#include <iostream>
#include <string>

int main(int argc, char **argv) {
    if (argc != 3) {
        std::cerr << "usage: consumer CODE LOCALE\n";
        return 2;
    }
    std::cout << "version " << smh_errors_version() << "\n";
    std::string message = smh_errors_message(argv[1], argv[2]);
    std::cout << message << "\n";
    return message.empty() ? 1 : 0;
}
