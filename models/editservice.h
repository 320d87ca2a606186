#pragma once

#include "editfailure.h"
#include "group.h"
#include "grouptype.h"
#include "posthogclient.h"
#include "usagemetric.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class EditCommand;
class QUndoStack;

/**
 * The only path for writes to PostHog.
 *
 * Every undoable edit is a QUndoCommand (one class per file, see editcommand.h). An edit is
 * sent first and pushed on undoStack() only once the server confirmed it, so the stack
 * holds confirmed edits only. Undo and redo send the inverse request built from the
 * recorded before-values; if that fails, the stack index is moved back without I/O and
 * editFailed() is emitted.
 *
 * Models never do I/O in setData(): they call this service and listen to its signals
 * (pending state, the server's confirmed object, failures). Before-values come from the
 * objects the models show (remember*()); when unknown, the service reads them from the
 * server first.
 *
 * Every edit call returns a ticket. Exactly one editFinished(ticket, ok) follows it (after
 * the confirmed-object or editFailed() signal), so a dialog waits for its own request rather
 * than guessing from the global signals, which other panels' edits also raise. Nothing about
 * a ticket is emitted before the call that returned it has returned.
 *
 * Lives on the GUI thread; never shows UI; never spins an event loop.
 */
class EditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditService)

public:
    explicit EditService(PostHogClient *client, QObject *parent = nullptr);
    ~EditService() override;

    PostHogClient *client() const { return m_client; }
    QUndoStack *undoStack();

    /// update_metadata; undoable. A nullopt name is left unchanged.
    quint64 renameGroupType(int typeIndex, std::optional<QString> singular, std::optional<QString> plural);
    /// Adds or changes one group property; undoable.
    quint64 setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value);
    /// Removes one group property; undoable (the inverse sets the before-value again).
    quint64 removeGroupProperty(int typeIndex, const QString &key, const QString &name);
    /// PATCH with only `changes`; undoable.
    quint64 updateMetric(int typeIndex, const QString &id, const QJsonObject &changes);
    /// Undoable (undo deletes the created metric).
    quint64 createMetric(int typeIndex, const UsageMetric &metric);
    /// Undoable (undo re-creates the metric; it gets a new id, see currentMetricId()).
    quint64 deleteMetric(int typeIndex, const UsageMetric &metric);
    /// Undoable.
    quint64 setDefaultColumns(int typeIndex, const QStringList &columns);
    /// Not undoable (the server has no inverse).
    quint64 createDetailDashboard(int typeIndex);
    /// Not undoable: the server deletes the type's groups with it.
    quint64 deleteGroupType(int typeIndex);
    bool canUndoDeleteGroupType() const { return false; }

    /// Writes in flight (including undo/redo requests).
    int pendingCount() const { return m_pending; }

    // --- before-values: models tell the service what they show -----------------------
    void rememberGroupTypes(const QList<GroupType> &types);
    void rememberGroup(const Group &group);
    void rememberMetrics(int typeIndex, const QList<UsageMetric> &metrics);
    std::optional<GroupType> knownGroupType(int typeIndex) const;
    std::optional<UsageMetric> knownMetric(const QString &id) const;

    /// Undoing a delete re-creates a metric under a new id; older commands follow the chain.
    QString currentMetricId(const QString &id) const;
    void mapMetricId(const QString &oldId, const QString &newId);

    // --- used by the commands (editcommand.h) -------------------------------------
    void beginRequest();
    void endRequest();
    void reportFailure(const EditFailure &failure);
    void reportSuccess(const QString &description, quint64 ticket = 0);
    /// Gives a new command its serial number (commands register themselves).
    quint64 registerCommand(EditCommand *command);
    void unregisterCommand(quint64 serial);
    /// The live command with this serial, or nullptr once the stack deleted it.
    EditCommand *command(quint64 serial) const { return m_live.value(serial, nullptr); }
    /// Every command request ends here: forwards to the command if it still lives, else
    /// just reports a failure. `failure.error` is ok on success.
    void finishCommandRequest(quint64 serial, bool forward, const EditFailure &failure);
    /// Called by a command whose first send succeeded: pushes it without sending again.
    void pushConfirmed(EditCommand *command);
    /// Called by a command whose first send failed (it was never pushed).
    void discard(EditCommand *command);
    /// Stored after a confirmed write so later before-values are right.
    void noteGroupType(const GroupType &type);
    void noteGroup(const Group &group);
    void noteMetric(int typeIndex, const UsageMetric &metric);
    void forgetMetric(const QString &id);

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
    void editSucceeded(const QString &description);
    /// A write succeeded with something the user should know (PostHog saved a property but
    /// failed to send its event); one sentence, never an error.
    void editNotice(const QString &message);
    /// Ends the request behind a ticket an edit call returned; emitted once per ticket.
    void editFinished(quint64 ticket, bool ok);

private:
    /// Runs `then` with the group type's current metadata (cached or read with groups_types/).
    void withGroupType(int typeIndex, const QString &description, const QString &field, const QVariant &intended,
                       quint64 ticket, std::function<void(const GroupType &)> then);
    /// Runs `then` with the group's current properties (cached or read with groups/find).
    void withGroup(int typeIndex, const QString &key, const QString &description, const QString &field,
                   const QVariant &intended, quint64 ticket, std::function<void(const Group &)> then);
    void withMetric(int typeIndex, const QString &id, const QString &description, const QString &field,
                    const QVariant &intended, quint64 ticket, std::function<void(const UsageMetric &)> then);
    void start(EditCommand *command, quint64 ticket);
    /// reportFailure() from the event loop, never from inside the edit call.
    void failLater(const EditFailure &failure);
    quint64 nextTicket() { return m_nextTicket++; }

    QPointer<PostHogClient> m_client;
    QUndoStack *m_stack = nullptr;
    int m_pending = 0;
    QHash<quint64, EditCommand *> m_live;
    quint64 m_nextSerial = 1;
    quint64 m_nextTicket = 1;
    QHash<int, GroupType> m_types;
    QHash<QString, Group> m_groups;        ///< "typeIndex/key" -> last known group
    QHash<QString, UsageMetric> m_metrics; ///< id -> last known metric
    QHash<QString, QString> m_metricIdMap; ///< old id -> new id after re-create
};
