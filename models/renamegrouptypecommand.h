#pragma once

#include "editcommand.h"

#include <QString>

#include <optional>

/// Renames a group type (update_metadata); only the names this edit touched travel, both ways.
class RenameGroupTypeCommand final : public EditCommand
{
public:
    RenameGroupTypeCommand(int typeIndex, std::optional<QString> singular, std::optional<QString> plural,
                           QString beforeSingular, QString beforePlural);
    ~RenameGroupTypeCommand() override;
    Q_DISABLE_COPY_MOVE(RenameGroupTypeCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
    std::optional<QString> m_singular;
    std::optional<QString> m_plural;
    QString m_beforeSingular;
    QString m_beforePlural;
};
