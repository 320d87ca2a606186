#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

/// One property of one group, before and after a write (nullopt: the group has none).
struct PropertyChange
{
    QString name;
    std::optional<QJsonValue> before;
    std::optional<QJsonValue> after;
};
