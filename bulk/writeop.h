#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

/**
 * One request of an import: create a group with its properties, or set or remove one
 * property. Carries the before-value so that a journal of confirmed writes can be undone.
 */
struct WriteOp
{
    enum class Kind
    {
        Create,
        Set,
        Unset,
    };

    int id = 0; ///< unique within one journal
    Kind kind = Kind::Set;
    QString key;
    QString name;                     ///< Set/Unset: the property
    QJsonValue value;                 ///< Set: the new value
    QJsonObject properties;           ///< Create: every property of the new group
    std::optional<QJsonValue> before; ///< Set/Unset: the value before (nullopt: none)

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
    static std::optional<WriteOp> fromJson(const QJsonObject &object);
    /// The write that undoes this one once confirmed; nullopt for a create (PostHog cannot
    /// delete a group) and for a write that changed nothing.
    std::optional<WriteOp> inverse() const;
    /// True when `properties` (the server's group) already shows this write's effect.
    bool isReflectedIn(const QJsonObject &properties) const;
};

Q_DECLARE_METATYPE(WriteOp)
