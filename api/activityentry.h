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
    /// Properties a `create_group` entry stands for. PostHog logs a created group as one
    /// create_group row per property (detail.name = the property); absorb() folds them.
    int createdProperties = 0;

    /// One-line human summary, e.g. "changed industry from finance to technology",
    /// "removed plan (was pro)", "created the group with 3 properties".
    QString summary() const;

    /// Folds `next` into this entry when both are rows of the same group creation (same
    /// item, same person, within two seconds); returns whether it did.
    bool absorb(const ActivityEntry &next);
    /// absorb() over a list, in place (each page of the log).
    static void foldCreations(QList<ActivityEntry> &entries);

    static ActivityEntry fromJson(const QJsonObject &object);
};

struct ActivityPage
{
    QList<ActivityEntry> entries;
    int totalCount = 0;
    bool hasNext = false;
};
