#pragma once

#include "editcommand.h"
#include "editfailure.h"
#include "editjob.h"
#include "group.h"
#include "grouptype.h"
#include "metricidmap.h"
#include "posthogclient.h"
#include "usagemetric.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

/**
 * The only path for writes to PostHog, and the only object that reports them.
 *
 * Every edit call creates an EditCommand (one class per file) from the values the caller
 * holds, sends it, and returns an EditJob whose finished() ends that call. A command is pushed
 * on undoStack() only once the server confirmed it, so the stack holds confirmed edits only.
 * Undo and redo send the inverse or forward request; if that fails, the stack index is moved
 * back (the command sends nothing, the server still holds that state) and editFailed() is
 * emitted.
 *
 * Before-values (for undo) come from the caller, normally the model that shows the object;
 * a caller that passes none makes the service read them from the server first.
 *
 * The broadcast signals (pending state, the server's confirmed objects, failures) keep every
 * model in step whoever made the edit; a dialog waits on its own EditJob instead.
 *
 * Lives on the GUI thread; never shows UI; never spins an event loop.
 */
class EditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditService)

public:
    explicit EditService(PostHogClient *client, QObject *parent = nullptr);
    /// Finishes every job still running with ApiError::Kind::Cancelled.
    ~EditService() override;

    PostHogClient *client() const { return m_client; }
    QUndoStack *undoStack() const { return m_stack; }

    /// update_metadata; undoable. A nullopt name is left unchanged. `before` is the type as
    /// the server has it; nullopt = read it first.
    EditJob *renameGroupType(int typeIndex, std::optional<QString> singular, std::optional<QString> plural,
                             const std::optional<GroupType> &before = std::nullopt);
    /// Adds or changes one group property; undoable. Reads the before-value from the server.
    EditJob *setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value);
    /// The same with the before-value the caller holds (nullopt = the group does not have it).
    EditJob *setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value,
                              const std::optional<QJsonValue> &before);
    /// Removes one group property; undoable. Reads the before-value from the server.
    EditJob *removeGroupProperty(int typeIndex, const QString &key, const QString &name);
    EditJob *removeGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &before);
    /// PATCH with only `changes`; undoable. `before` is the metric as the server has it.
    EditJob *updateMetric(int typeIndex, const QString &id, const QJsonObject &changes,
                          const std::optional<UsageMetric> &before = std::nullopt);
    /// Undoable (undo deletes the created metric).
    EditJob *createMetric(int typeIndex, const UsageMetric &metric);
    /// Undoable (undo re-creates the metric; it gets a new id, see currentMetricId()).
    EditJob *deleteMetric(int typeIndex, const UsageMetric &metric);
    /// Undoable.
    EditJob *setDefaultColumns(int typeIndex, const QStringList &columns,
                               const std::optional<GroupType> &before = std::nullopt);
    /// Not undoable (the server has no inverse).
    EditJob *createDetailDashboard(int typeIndex);
    /// Creates a group with its properties; not undoable (PostHog cannot delete a group).
    EditJob *createGroup(int typeIndex, const QString &key, const QJsonObject &properties);
    /// Not undoable: the server deletes the type's groups with it.
    EditJob *deleteGroupType(int typeIndex);
    bool canUndoDeleteGroupType() const { return false; }

    /// Writes in flight (including undo/redo requests and before-value reads).
    int pendingCount() const { return m_pending; }
    /// Edits held because they met an expired web session or PostHog's "needs a session"
    /// refusal while someone listens to signInNeeded(). Their jobs stay unfinished.
    int heldCount() const { return static_cast<int>(m_held.size()); }
    /// After a sign-in: sends every held edit again; each job finishes once, after its resend.
    void resendHeldEdits();
    /// The user declined to sign in: every held edit fails now with the error it met.
    void dropHeldEdits();

    /// The id a metric goes by now: undoing its delete re-created it under a new one.
    QString currentMetricId(const QString &id) const { return m_metricIds.current(id); }

Q_SIGNALS:
    void pendingChanged(int count);
    void groupTypesChanged(const QList<GroupType> &types);
    void groupTypeChanged(const GroupType &type);
    void groupTypeDeleted(int index);
    /// Pending state of a group type's metadata (names, default columns, dashboard).
    void groupTypePending(int typeIndex, bool pending);
    /// The server's confirmed object after a property write.
    void groupChanged(const Group &group);
    void propertyPending(int typeIndex, const QString &key, const QString &name, bool pending);
    void metricChanged(int typeIndex, const UsageMetric &metric);
    void metricCreated(int typeIndex, const UsageMetric &metric);
    void metricDeleted(int typeIndex, const QString &id);
    void metricPending(int typeIndex, const QString &id, bool pending);
    void editFailed(const EditFailure &failure);
    /// An edit needs a (new) PostHog web session; it is held until resendHeldEdits() or
    /// dropHeldEdits(). Only emitted when connected: without a listener the edit just fails.
    void signInNeeded(const EditFailure &failure);
    void editSucceeded(const QString &description);
    /// A write succeeded with something the user should know (PostHog saved a property but
    /// failed to send its event); one sentence, never an error.
    void editNotice(const QString &message);

private:
    using Direction = EditCommand::Direction;

    EditJob *newJob(const QString &description);
    /// Sends a new command's first request for `job`; pushes it once the server confirmed it.
    void start(EditCommand *command, EditJob *job);
    /// Sends one request of `command` and reports its outcome; `job` is null for undo/redo.
    void send(EditCommand *command, Direction direction, EditJob *job);
    void concludeFirst(EditCommand *command, const EditFailure &failure, EditJob *job);
    void concludeStacked(const std::weak_ptr<void> &lifetime, EditCommand *command, Direction direction,
                         const EditFailure &failure);
    /// Raises or lowers the pending count and the pending signal `target` names.
    void setPending(const EditTarget &target, bool pending);
    /// Emits the signals that carry the server's confirmed objects.
    void publish(const EditTarget &target, const EditOutcome &outcome);
    /// Reports a failure: editFailed(), then the job's finished().
    void fail(EditFailure failure, EditJob *job);
    /// fail() from the event loop: a job never finishes inside the call that returned it.
    void failLater(const EditFailure &failure, EditJob *job);
    /// The one failure of an edit asked for without a connection.
    static EditFailure notConnected(EditFailure about);

    /// Runs `then` with the group type as the server has it (read with groups_types/).
    void withGroupType(const EditTarget &about, EditJob *job, std::function<void(const GroupType &)> then);
    /// Runs `then` with the group as the server has it (read with groups/find).
    void withGroup(const EditTarget &about, EditJob *job, std::function<void(const Group &)> then);
    /// Runs `then` with the metric as the server has it.
    void withMetric(const EditTarget &about, EditJob *job, std::function<void(const UsageMetric &)> then);

    QPointer<PostHogClient> m_client;
    QUndoStack *m_stack = nullptr;
    MetricIdMap m_metricIds;
    /// Commands whose first request runs; owned here until pushed or dropped.
    QSet<EditCommand *> m_unconfirmed;
    /// An edit waiting for a sign-in: its command stays in m_unconfirmed, so the resend is
    /// still its first request and ends its job.
    struct HeldEdit
    {
        EditCommand *command = nullptr;
        QPointer<EditJob> job;
        EditFailure failure;
    };
    QList<HeldEdit> m_held;
    /// True when `error` is one a sign-in cures (and someone can offer it).
    bool holdsForSignIn(const ApiError &error) const;
    int m_pending = 0;
};
