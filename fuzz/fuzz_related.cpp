// groups/related answers through RelatedActor::fromJson.
#include "endpointsupport.h"
#include "fuzzinput.h"
#include "relatedactor.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    QJsonArray rows;
    if (!EndpointSupport::resultsArray(doc, rows))
        return 0;
    for (const QJsonValue value : std::as_const(rows))
        (void)RelatedActor::fromJson(value.toObject());
    return 0;
}
