// groups_types/<i>/metrics/ answers through UsageMetric::fromJson, then the write body
// (toJson, which carries no id) must read back to the same body.
#include "endpointsupport.h"
#include "fuzzinput.h"
#include "usagemetric.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    QJsonArray rows;
    if (!EndpointSupport::resultsArray(doc, rows) && doc.isObject())
        rows.append(doc.object());
    for (const QJsonValue value : std::as_const(rows)) {
        const UsageMetric metric = UsageMetric::fromJson(value.toObject());
        const QJsonObject body = metric.toJson();
        if (UsageMetric::fromJson(body).toJson() != body)
            __builtin_trap();
    }
    return 0;
}
