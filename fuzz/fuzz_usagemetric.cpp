// groups_types/<i>/metrics/ answers through UsageMetric::fromJson and back.
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
    for (const QJsonValue &value : std::as_const(rows)) {
        const UsageMetric metric = UsageMetric::fromJson(value.toObject());
        const UsageMetric again = UsageMetric::fromJson(metric.toJson());
        if (again.id != metric.id || again.name != metric.name)
            __builtin_trap();
    }
    return 0;
}
