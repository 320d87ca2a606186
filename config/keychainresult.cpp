#include "keychainresult.h"

using namespace Qt::StringLiterals;

QString KeychainResult::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return u"none"_s;
    case Error::NotFound:
        return u"not-found"_s;
    case Error::NoBackend:
        return u"no-backend"_s;
    case Error::AccessDenied:
        return u"access-denied"_s;
    case Error::Other:
        return u"other"_s;
    }
    return u"other"_s;
}
