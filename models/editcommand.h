#pragma once

#include "editcontext.h"
#include "editoutcome.h"
#include "edittarget.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

/**
 * Base of every write. A command knows one edit's request and its inverse, built from the
 * before-values it was given, and turns the server's reply into an EditOutcome. It emits
 * nothing and knows nothing of the service: EditService sends it, reports the outcome and,
 * once the server confirmed the first send, pushes it on the undo stack.
 *
 * redo() and undo() bring the server to the forward or backward state. They send nothing when
 * the server already holds that state: after a confirmed first send (QUndoStack::push() calls
 * redo()), and when the service moves the stack back after a failed undo or redo.
 */
class EditCommand : public QUndoCommand
{
public:
    enum class Direction
    {
        Forward,  ///< the edit (first send, redo)
        Backward, ///< its inverse (undo)
    };
    /// Runs when the server answered; not at all when EditContext::receiver died first.
    using Reply = std::function<void(const EditOutcome &)>;
    /// Sends a request of this command and reports it (EditService::send).
    using Sender = std::function<void(EditCommand &, Direction)>;

    explicit EditCommand(const QString &text);
    ~EditCommand() override;
    Q_DISABLE_COPY_MOVE(EditCommand)

    /// False for writes PostHog cannot invert; those are sent once and never pushed.
    virtual bool isUndoable() const { return true; }
    /// What a request in `direction` is about (pending state, failure description).
    virtual EditTarget target(Direction direction, const EditContext &context) const = 0;
    /// Sends the request for `direction`; `done` runs once with the outcome.
    virtual void send(Direction direction, const EditContext &context, Reply done) const = 0;

    /// The state the server holds, or is being brought to by the request in flight.
    Direction serverState() const { return m_serverState; }
    void setServerState(Direction state) { m_serverState = state; }
    void setSender(Sender sender) { m_sender = std::move(sender); }
    /// Expires when the undo stack deletes the command (its request may still be running).
    std::weak_ptr<void> lifetime() const { return m_lifetime; }

    void redo() override;
    void undo() override;

private:
    Sender m_sender;
    Direction m_serverState = Direction::Backward;
    std::shared_ptr<void> m_lifetime = std::make_shared<char>();
};
