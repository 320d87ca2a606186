#pragma once

#include "apierror.h"
#include "editfailure.h"
#include "editservice.h"

#include <QPointer>
#include <QUndoCommand>

/**
 * Base of every undoable write. A command is created by EditService, sends its forward
 * request once (execute()) and is pushed on the undo stack only when the server
 * confirmed it; that push's redo() is skipped so nothing is sent twice. Later redo()/undo()
 * calls send the forward/backward request; when one fails, the stack index is moved back
 * (again without I/O) so the stack keeps matching the server, and editFailed() is emitted.
 *
 * Requests outlive commands (QUndoStack may delete a command while its request runs), so
 * replies find their command through EditService::command(serial()) instead of `this`.
 */
class EditCommand : public QUndoCommand
{
public:
    enum class Direction
    {
        Forward,  ///< execute / redo
        Backward, ///< undo
    };

    EditCommand(EditService *service, const QString &text);
    ~EditCommand() override;
    Q_DISABLE_COPY_MOVE(EditCommand)

    quint64 serial() const { return m_serial; }
    /// The ticket of the edit call that created this command (its first send only).
    quint64 ticket() const { return m_ticket; }
    /// Sends the forward request for the first time.
    void execute();

    void redo() override;
    void undo() override;

    /// Called when the request sent for `direction` ended. `failure` describes it when !error.isOk().
    void requestEnded(Direction direction, const EditFailure &failure);

protected:
    /// Sends the request for `direction`; the reply must end in EditService::finishCommandRequest().
    virtual void send(Direction direction) = 0;
    EditService *service() const { return m_service; }

private:
    friend class EditService;
    QPointer<EditService> m_service;
    quint64 m_serial = 0;
    quint64 m_ticket = 0;
    bool m_pushed = false;
    bool m_skipNext = false;
};
