// groups/ list, find and create answers: Group::fromJson on every object, then toJson
// (what an edit writes back), which must not lose or invent the server's fields.
#include "fuzzinput.h"
#include "group.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    QJsonArray rows = doc.object().value(QLatin1String("results")).toArray();
    if (doc.isObject())
        rows.append(doc.object());
    for (const QJsonValue value : std::as_const(rows)) {
        const Group group = Group::fromJson(value.toObject());
        const Group again = Group::fromJson(group.toJson());
        if (again.key != group.key || again.typeIndex != group.typeIndex || again.properties != group.properties)
            __builtin_trap();
    }
    return 0;
}
