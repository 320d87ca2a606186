#pragma once

#include "editcommand.h"

#include <QString>

#include <optional>

/// Renames a group type (update_metadata); undo sends the recorded names back.
class RenameGroupTypeCommand final : public EditCommand
{
public:
    RenameGroupTypeCommand(EditService *service, int typeIndex, std::optional<QString> singular,
                           std::optional<QString> plural, const QString &beforeSingular, const QString &beforePlural);
    ~RenameGroupTypeCommand() override;
    Q_DISABLE_COPY_MOVE(RenameGroupTypeCommand)

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    std::optional<QString> m_singular;
    std::optional<QString> m_plural;
    QString m_beforeSingular;
    QString m_beforePlural;
};
