// LD_PRELOAD shim for the "libsecret absent" keychain test (qtkeychainbackend_nosecrets):
// dlopen() of libsecret, and of libgnome-keyring (QtKeychain's next choice), fails exactly
// as on a machine without those packages, whatever this machine has installed. QtKeychain
// loads both with QLibrary(name, 0), which ends in dlopen("libsecret-1.so.0"); every other
// dlopen() goes to the real one.
#include <cstring>
#include <dlfcn.h>

namespace {

bool isRefused(const char *file)
{
    return file && (std::strstr(file, "secret-1") || std::strstr(file, "gnome-keyring"));
}

} // namespace

extern "C" __attribute__((visibility("default"))) void *dlopen(const char *file, int mode) noexcept
{
    using DlopenFn = void *(*)(const char *, int);
    static const auto realDlopen = reinterpret_cast<DlopenFn>(dlsym(RTLD_NEXT, "dlopen"));
    if (isRefused(file))
        return nullptr;
    return realDlopen(file, mode);
}
