#include "plannedgroup.h"

QString PlannedGroup::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

QJsonObject PlannedGroup::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), key);
    object.insert(QStringLiteral("action"), actionName(action));
    if (row > 0)
        object.insert(QStringLiteral("row"), row);
    if (action == Action::Invalid) {
        object.insert(QStringLiteral("reason"), reason);
        return object;
    }
    QJsonObject changesObject;
    for (const PropertyChange &change : changes) {
        QJsonObject one;
        if (change.before)
            one.insert(QStringLiteral("before"), *change.before);
        if (change.after)
            one.insert(QStringLiteral("after"), *change.after);
        changesObject.insert(change.name, one);
    }
    object.insert(QStringLiteral("changes"), changesObject);
    return object;
}
