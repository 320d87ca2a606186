#include "writeop.h"

QString WriteOp::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Set:
        return QStringLiteral("set");
    case Kind::Unset:
        return QStringLiteral("unset");
    }
    return QString();
}

QJsonObject WriteOp::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("op"), kindName(kind));
    object.insert(QStringLiteral("key"), key);
    if (kind == Kind::Create) {
        object.insert(QStringLiteral("properties"), properties);
        return object;
    }
    object.insert(QStringLiteral("name"), name);
    if (kind == Kind::Set)
        object.insert(QStringLiteral("value"), value);
    if (before)
        object.insert(QStringLiteral("before"), *before);
    return object;
}

std::optional<WriteOp> WriteOp::fromJson(const QJsonObject &object)
{
    WriteOp op;
    op.id = object.value(QStringLiteral("id")).toInt(-1);
    const QString kind = object.value(QStringLiteral("op")).toString();
    op.key = object.value(QStringLiteral("key")).toString();
    if (op.id < 0 || op.key.isEmpty())
        return std::nullopt;
    if (kind == QLatin1String("create")) {
        op.kind = Kind::Create;
        op.properties = object.value(QStringLiteral("properties")).toObject();
        return op;
    }
    if (kind == QLatin1String("set"))
        op.kind = Kind::Set;
    else if (kind == QLatin1String("unset"))
        op.kind = Kind::Unset;
    else
        return std::nullopt;
    op.name = object.value(QStringLiteral("name")).toString();
    op.value = object.value(QStringLiteral("value"));
    if (op.name.isEmpty() || (op.kind == Kind::Set && (op.value.isNull() || op.value.isUndefined())))
        return std::nullopt;
    if (object.contains(QStringLiteral("before")))
        op.before = object.value(QStringLiteral("before"));
    return op;
}

std::optional<WriteOp> WriteOp::inverse() const
{
    if (kind == Kind::Create)
        return std::nullopt;
    WriteOp undo;
    undo.key = key;
    undo.name = name;
    undo.before = kind == Kind::Set ? std::optional<QJsonValue>(value) : std::nullopt;
    if (before && !before->isNull()) {
        undo.kind = Kind::Set;
        undo.value = *before;
    } else {
        if (kind == Kind::Unset)
            return std::nullopt; // removed a property the group did not have
        undo.kind = Kind::Unset;
    }
    return undo;
}

bool WriteOp::isReflectedIn(const QJsonObject &current) const
{
    switch (kind) {
    case Kind::Create:
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (current.value(it.key()) != it.value())
                return false;
        }
        return true;
    case Kind::Set:
        return current.contains(name) && current.value(name) == value;
    case Kind::Unset:
        return !current.contains(name);
    }
    return false;
}
