// groups/activity answers: every entry parsed and summarised (the summary walks the
// server's free-form `detail.changes`, the riskiest part).
#include "activityentry.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    const QJsonArray rows = doc.object().value(QLatin1String("results")).toArray();
    for (const QJsonValue value : rows) {
        const ActivityEntry entry = ActivityEntry::fromJson(value.toObject());
        if (entry.summary().isNull() && !entry.activity.isNull())
            (void)entry.createdAt.isValid();
    }
    return 0;
}
