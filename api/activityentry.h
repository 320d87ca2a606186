#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

/// One entry of a group's activity log (groups/activity).
struct ActivityEntry
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEntry)

public:
    QString id;
    QString activity; ///< create_group, update_property, create_property, delete_property, ...
    QString userName; ///< first_name, or "System"
    QString userEmail;
    bool systemUser = false;
    QString scope;
    QString itemId;
    QJsonObject detail; ///< {name, changes:[{action, field, before, after}], ...}
    QDateTime createdAt;

    /// One-line human summary, e.g. "changed industry from finance to technology".
    QString summary() const;

    static ActivityEntry fromJson(const QJsonObject &object);
};

struct ActivityPage
{
    QList<ActivityEntry> entries;
    int totalCount = 0;
    bool hasNext = false;
};
