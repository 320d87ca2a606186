// Error answers: ApiError::fromHttp on any status, body and Retry-After header. Input
// layout: 2 bytes status (400..599), 1 byte header length, the header, then the body.
#include "apierror.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int status = 400 + ((data[0] << 8) | data[1]) % 200;
    const size_t headerLength = std::min<size_t>(data[2], size - 3);
    const QByteArray header = FuzzInput::bytes(data + 3, headerLength);
    const QByteArray body = FuzzInput::bytes(data + 3 + headerLength, size - 3 - headerLength);
    const ApiError error = ApiError::fromHttp(status, body, header);
    // Whatever the server sent, people get a sentence, never the raw page.
    const QString message = error.userMessage();
    if (error.isOk() || message.isEmpty()
        || (body.trimmed().startsWith('<') && message.contains(QLatin1String("<html"), Qt::CaseInsensitive)))
        __builtin_trap();
    return 0;
}
