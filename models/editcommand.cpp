#include "editcommand.h"

#include "editservice.h"

#include <QUndoStack>

EditCommand::EditCommand(EditService *service, const QString &text)
    : QUndoCommand(text)
    , m_service(service)
{
    m_serial = service->registerCommand(this);
}

EditCommand::~EditCommand()
{
    if (m_service)
        m_service->unregisterCommand(m_serial);
}

void EditCommand::execute()
{
    send(Direction::Forward);
}

void EditCommand::redo()
{
    // The push after a confirmed first send, or a realignment after a failed undo: the
    // server already holds the forward state.
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    send(Direction::Forward);
}

void EditCommand::undo()
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    send(Direction::Backward);
}

void EditCommand::requestEnded(Direction direction, const EditFailure &failure)
{
    if (!m_service)
        return;
    const bool ok = failure.error.isOk();
    if (!m_pushed) {
        if (ok) {
            m_service->reportSuccess(text(), m_ticket);
            m_service->pushConfirmed(this); // may not touch `this` afterwards: stack owns it
        } else {
            EditFailure first = failure;
            first.ticket = m_ticket;
            m_service->reportFailure(first);
            m_service->discard(this); // deletes `this`
        }
        return;
    }
    if (ok) {
        m_service->reportSuccess(direction == Direction::Forward ? QUndoStack::tr("Redo %1").arg(text())
                                                                 : QUndoStack::tr("Undo %1").arg(text()));
        return;
    }
    // The stack already moved past this command; move it back without sending anything,
    // but only if nothing else moved it meanwhile (then the stack order is the user's).
    QUndoStack *stack = m_service->undoStack();
    m_service->reportFailure(failure);
    if (direction == Direction::Forward && stack->index() > 0 && stack->command(stack->index() - 1) == this) {
        m_skipNext = true;
        stack->undo();
    } else if (direction == Direction::Backward && stack->command(stack->index()) == this) {
        m_skipNext = true;
        stack->redo();
    }
}
