#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// A person or group that shared events with a group in the last 90 days (groups/related).
struct RelatedActor
{
    enum class Kind
    {
        Person,
        Group
    };
    Kind kind = Kind::Person;
    QString id;              ///< person UUID or group key
    QString name;            ///< person name / group display name (may be empty)
    int groupTypeIndex = -1; ///< for groups
    QStringList distinctIds; ///< for persons
    QJsonObject properties;
    QDateTime createdAt;

    static RelatedActor fromJson(const QJsonObject &object);
};
