// groups_types/ answers (bare array or paged envelope) through GroupType::fromJson and back.
#include "endpointsupport.h"
#include "fuzzinput.h"
#include "grouptype.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    QJsonArray rows;
    if (!EndpointSupport::resultsArray(doc, rows) && doc.isObject())
        rows.append(doc.object());
    for (const QJsonValue value : std::as_const(rows)) {
        const GroupType type = GroupType::fromJson(value.toObject());
        const GroupType again = GroupType::fromJson(type.toJson());
        if (again.index != type.index || again.nameSingular != type.nameSingular)
            __builtin_trap();
    }
    return 0;
}
