#include "activityentry.h"

#include "apijson.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdlib>

namespace {
QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return ActivityEntry::tr("nothing");
    return JsonText::toText(value, ActivityEntry::tr("nothing"));
}
} // namespace

QString ActivityEntry::summary() const
{
    const QString name = detail.value(QLatin1String("name")).toString();
    const QJsonArray changes = detail.value(QLatin1String("changes")).toArray();
    const QJsonObject change = changes.isEmpty() ? QJsonObject() : changes.first().toObject();
    const QString field =
        change.value(QLatin1String("field")).isString() ? change.value(QLatin1String("field")).toString() : name;

    if (activity == QLatin1String("create_group")) {
        if (createdProperties > 0)
            return tr("created the group with %n property(s)", nullptr, createdProperties);
        return tr("created the group");
    }
    // PostHog records a property deletion as update_property whose change is "deleted"
    // with no `after`: not a change to nothing.
    if (change.value(QLatin1String("action")).toString() == QLatin1String("deleted"))
        return tr("removed %1 (was %2)").arg(field, valueText(change.value(QLatin1String("before"))));
    if (activity == QLatin1String("create_property"))
        return tr("set %1 to %2").arg(field, valueText(change.value(QLatin1String("after"))));
    if (activity == QLatin1String("update_property"))
        return tr("changed %1 from %2 to %3")
            .arg(field, valueText(change.value(QLatin1String("before"))),
                 valueText(change.value(QLatin1String("after"))));
    if (activity == QLatin1String("delete_property"))
        return tr("removed %1").arg(field);
    if (!name.isEmpty())
        return QString(activity).replace(QLatin1Char('_'), QLatin1Char(' ')) + QLatin1Char(' ') + name;
    return QString(activity).replace(QLatin1Char('_'), QLatin1Char(' '));
}

ActivityEntry ActivityEntry::fromJson(const QJsonObject &object)
{
    ActivityEntry entry;
    entry.id = JsonText::toText(object.value(QLatin1String("id")));
    entry.activity = object.value(QLatin1String("activity")).toString();
    const QJsonObject user = object.value(QLatin1String("user")).toObject();
    entry.systemUser = user.isEmpty() || user.value(QLatin1String("is_system")).toBool();
    entry.userName = user.value(QLatin1String("first_name")).toString();
    if (entry.userName.isEmpty() && entry.systemUser)
        entry.userName = QStringLiteral("System");
    entry.userEmail = user.value(QLatin1String("email")).toString();
    entry.scope = object.value(QLatin1String("scope")).toString();
    entry.itemId = JsonText::toText(object.value(QLatin1String("item_id")));
    entry.detail = object.value(QLatin1String("detail")).toObject();
    entry.createdAt = ApiJson::parseDateTime(object.value(QLatin1String("created_at")));
    if (entry.activity == QLatin1String("create_group")) {
        const QJsonArray changes = entry.detail.value(QLatin1String("changes")).toArray();
        for (const QJsonValue change : changes) {
            if (change.toObject().value(QLatin1String("action")).toString() == QLatin1String("created"))
                ++entry.createdProperties;
        }
    }
    return entry;
}

bool ActivityEntry::absorb(const ActivityEntry &next)
{
    if (activity != QLatin1String("create_group") || next.activity != QLatin1String("create_group")
        || itemId != next.itemId || userEmail != next.userEmail || userName != next.userName)
        return false;
    // One request writes every row within milliseconds; two creations of the same item
    // (deleted and created again) are further apart than that.
    if (createdAt.isValid() != next.createdAt.isValid()
        || (createdAt.isValid() && std::abs(createdAt.msecsTo(next.createdAt)) > 2000))
        return false;
    createdProperties += next.createdProperties;
    return true;
}

void ActivityEntry::foldCreations(QList<ActivityEntry> &entries)
{
    QList<ActivityEntry> folded;
    folded.reserve(entries.size());
    for (const ActivityEntry &entry : std::as_const(entries)) {
        if (folded.isEmpty() || !folded.last().absorb(entry))
            folded.append(entry);
    }
    entries = folded;
}
