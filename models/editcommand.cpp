#include "editcommand.h"

EditCommand::EditCommand(const QString &text)
    : QUndoCommand(text)
{ }

EditCommand::~EditCommand() = default;

void EditCommand::redo()
{
    if (m_serverState != Direction::Forward && m_sender)
        m_sender(*this, Direction::Forward);
}

void EditCommand::undo()
{
    if (m_serverState != Direction::Backward && m_sender)
        m_sender(*this, Direction::Backward);
}
