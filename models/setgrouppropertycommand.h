#pragma once

#include "editcommand.h"

#include <QJsonValue>
#include <QString>

#include <optional>

/// Adds or changes one group property; undo restores the before-value (or removes a new property).
class SetGroupPropertyCommand final : public EditCommand
{
public:
    SetGroupPropertyCommand(EditService *service, int typeIndex, const QString &key, const QString &name,
                            const QJsonValue &value, const std::optional<QJsonValue> &before);
    ~SetGroupPropertyCommand() override;
    Q_DISABLE_COPY_MOVE(SetGroupPropertyCommand)

    /// Shared with RemoveGroupPropertyCommand: writes `value` (nullopt = delete) and reports back.
    static void sendPropertyWrite(EditService *service, quint64 serial, bool forward, int typeIndex, const QString &key,
                                  const QString &name, const std::optional<QJsonValue> &value,
                                  const QString &description);

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    QString m_key;
    QString m_name;
    QJsonValue m_value;
    std::optional<QJsonValue> m_before;
};
