#include "editservice.h"

#include "createdetaildashboardcommand.h"
#include "creategroupcommand.h"
#include "createmetriccommand.h"
#include "deletegrouptypecommand.h"
#include "deletemetriccommand.h"
#include "modelslogging.h"
#include "posthogclient.h"
#include "renamegrouptypecommand.h"
#include "setdefaultcolumnscommand.h"
#include "setgrouppropertycommand.h"
#include "updatemetriccommand.h"

#include <QMetaMethod>
#include <QUndoStack>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
EditTarget groupTypeTarget(const QString &description, int typeIndex, const QString &field, const QVariant &intended)
{
    EditTarget target;
    target.pending = EditTarget::Pending::GroupType;
    target.about.description = description;
    target.about.typeIndex = typeIndex;
    target.about.field = field;
    target.about.intendedValue = intended;
    return target;
}
} // namespace

EditService::EditService(PostHogClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stack(new QUndoStack(this))
{
    qRegisterMetaType<EditFailure>();
    qRegisterMetaType<EditResult>();
    qRegisterMetaType<GroupType>();
    qRegisterMetaType<Group>();
    qRegisterMetaType<UsageMetric>();
}

EditService::~EditService()
{
    // The replies die with this service (it is their receiver); their callers still get
    // their one answer.
    const QList<EditJob *> jobs = findChildren<EditJob *>(Qt::FindDirectChildrenOnly);
    for (EditJob *job : jobs) {
        EditResult cancelled;
        cancelled.failure.description = job->description();
        cancelled.failure.error =
            ApiError(ApiError::Kind::Cancelled, tr("The connection was closed before the edit finished."));
        job->finish(cancelled);
    }
    qDeleteAll(m_unconfirmed);
}

EditJob *EditService::newJob(const QString &description)
{
    return new EditJob(description, this);
}

// --- edit calls ----------------------------------------------------------------------

EditJob *EditService::renameGroupType(int typeIndex, std::optional<QString> singular, std::optional<QString> plural,
                                      const std::optional<GroupType> &before)
{
    EditJob *job = newJob(tr("Rename group type %1").arg(typeIndex));
    if (before) {
        start(new RenameGroupTypeCommand(typeIndex, std::move(singular), std::move(plural), before->nameSingular,
                                         before->namePlural),
              job);
        return job;
    }
    const EditTarget about =
        groupTypeTarget(job->description(), typeIndex, singular ? u"name_singular"_s : u"name_plural"_s,
                        singular ? QVariant(*singular) : QVariant(plural.value_or(QString())));
    withGroupType(about, job, [this, job, typeIndex, singular, plural](const GroupType &type) {
        start(new RenameGroupTypeCommand(typeIndex, singular, plural, type.nameSingular, type.namePlural), job);
    });
    return job;
}

EditJob *EditService::setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value)
{
    EditJob *job = newJob(tr("Set property %1 of %2").arg(name, key));
    EditTarget about;
    about.pending = EditTarget::Pending::Property;
    about.about = {job->description(), {}, name, QVariant::fromValue(value), typeIndex, key};
    withGroup(about, job, [this, job, typeIndex, key, name, value](const Group &group) {
        std::optional<QJsonValue> before;
        if (group.properties.contains(name))
            before = group.properties.value(name);
        start(new SetGroupPropertyCommand(typeIndex, key, name, value, before), job);
    });
    return job;
}

EditJob *EditService::setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value,
                                       const std::optional<QJsonValue> &before)
{
    EditJob *job = newJob(tr("Set property %1 of %2").arg(name, key));
    start(new SetGroupPropertyCommand(typeIndex, key, name, value, before), job);
    return job;
}

EditJob *EditService::removeGroupProperty(int typeIndex, const QString &key, const QString &name)
{
    EditJob *job = newJob(tr("Remove property %1 of %2").arg(name, key));
    EditTarget about;
    about.pending = EditTarget::Pending::Property;
    about.about = {job->description(), {}, name, QVariant(), typeIndex, key};
    withGroup(about, job, [this, job, typeIndex, key, name](const Group &group) {
        start(new SetGroupPropertyCommand(typeIndex, key, name, std::nullopt, group.properties.value(name)), job);
    });
    return job;
}

EditJob *EditService::removeGroupProperty(int typeIndex, const QString &key, const QString &name,
                                          const QJsonValue &before)
{
    EditJob *job = newJob(tr("Remove property %1 of %2").arg(name, key));
    start(new SetGroupPropertyCommand(typeIndex, key, name, std::nullopt, before), job);
    return job;
}

EditJob *EditService::updateMetric(int typeIndex, const QString &id, const QJsonObject &changes,
                                   const std::optional<UsageMetric> &before)
{
    EditJob *job = newJob(tr("Change usage metric"));
    auto run = [this, job, typeIndex, id, changes](const UsageMetric &metric) {
        const QJsonObject all = metric.toJson();
        QJsonObject previous;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            previous.insert(it.key(), all.value(it.key()));
        start(new UpdateMetricCommand(typeIndex, id, changes, previous), job);
    };
    if (before) {
        run(*before);
    } else {
        EditTarget about;
        about.pending = EditTarget::Pending::Metric;
        about.about = {job->description(), {}, changes.keys().value(0), changes.toVariantMap(), typeIndex, id};
        withMetric(about, job, run);
    }
    return job;
}

EditJob *EditService::createMetric(int typeIndex, const UsageMetric &metric)
{
    auto *command = new CreateMetricCommand(typeIndex, metric);
    EditJob *job = newJob(command->text());
    start(command, job);
    return job;
}

EditJob *EditService::deleteMetric(int typeIndex, const UsageMetric &metric)
{
    auto *command = new DeleteMetricCommand(typeIndex, metric);
    EditJob *job = newJob(command->text());
    start(command, job);
    return job;
}

EditJob *EditService::setDefaultColumns(int typeIndex, const QStringList &columns,
                                        const std::optional<GroupType> &before)
{
    EditJob *job = newJob(tr("Set default columns of group type %1").arg(typeIndex));
    auto run = [this, job, typeIndex, columns](const GroupType &type) {
        start(new SetDefaultColumnsCommand(typeIndex, columns, type.defaultColumns), job);
    };
    if (before)
        run(*before);
    else
        withGroupType(groupTypeTarget(job->description(), typeIndex, u"default_columns"_s, columns), job, run);
    return job;
}

EditJob *EditService::createDetailDashboard(int typeIndex)
{
    auto *command = new CreateDetailDashboardCommand(typeIndex);
    EditJob *job = newJob(command->text());
    start(command, job);
    return job;
}

EditJob *EditService::createGroup(int typeIndex, const QString &key, const QJsonObject &properties)
{
    auto *command = new CreateGroupCommand(typeIndex, key, properties);
    EditJob *job = newJob(command->text());
    start(command, job);
    return job;
}

EditJob *EditService::deleteGroupType(int typeIndex)
{
    auto *command = new DeleteGroupTypeCommand(typeIndex);
    EditJob *job = newJob(command->text());
    start(command, job);
    return job;
}

// --- one write path ------------------------------------------------------------------

void EditService::start(EditCommand *command, EditJob *job)
{
    command->setSender([this](EditCommand &stacked, Direction direction) { send(&stacked, direction, nullptr); });
    m_unconfirmed.insert(command);
    send(command, Direction::Forward, job);
}

void EditService::send(EditCommand *command, Direction direction, EditJob *job)
{
    const EditContext context{m_client.data(), this, &m_metricIds};
    const EditTarget target = command->target(direction, context);
    if (!m_client) {
        // Undo/redo cannot get here: without a client nothing was ever confirmed and pushed.
        if (m_unconfirmed.remove(command))
            delete command;
        failLater(notConnected(target.about), job);
        return;
    }
    const Direction before = command->serverState();
    command->setServerState(direction);
    setPending(target, true);
    // Only a command's first request belongs to the caller's job; undo and redo have none.
    const bool first = m_unconfirmed.contains(command);
    command->send(direction, context,
                  [this, command, lifetime = command->lifetime(), direction, before, target, first,
                   job = QPointer<EditJob>(job)](const EditOutcome &outcome) {
                      setPending(target, false);
                      publish(target, outcome);
                      EditFailure failure = target.about;
                      failure.error = outcome.error;
                      if (first) {
                          concludeFirst(command, failure, job);
                          return;
                      }
                      // A refused request leaves the server where it was.
                      if (!outcome.error.isOk() && !lifetime.expired())
                          command->setServerState(before);
                      concludeStacked(lifetime, command, direction, failure);
                  });
}

bool EditService::holdsForSignIn(const ApiError &error) const
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&EditService::signInNeeded)))
        return false;
    // Expiry (302 to /login, 401, 403 not_authenticated) only counts when it hit the session
    // (the client marked it expired first); a rejected API key is the profile's problem.
    const PostHogSession *session = m_client ? m_client->session() : nullptr;
    return error.kind() == ApiError::Kind::NeedsSession
           || (error.kind() == ApiError::Kind::Unauthenticated && session
               && session->state() == PostHogSession::State::Expired);
}

void EditService::resendHeldEdits()
{
    const QList<HeldEdit> held = std::exchange(m_held, {});
    for (const HeldEdit &edit : held) {
        qCInfo(lcModels) << "resending after sign-in:" << edit.failure.description;
        send(edit.command, Direction::Forward, edit.job);
    }
}

void EditService::dropHeldEdits()
{
    const QList<HeldEdit> held = std::exchange(m_held, {});
    for (const HeldEdit &edit : held) {
        m_unconfirmed.remove(edit.command);
        delete edit.command;
        fail(edit.failure, edit.job);
    }
}

void EditService::concludeFirst(EditCommand *command, const EditFailure &failure, EditJob *job)
{
    if (!failure.error.isOk() && holdsForSignIn(failure.error)) {
        // Kept, not lost: the edit goes out again once the user signed in.
        m_held.append({command, job, failure});
        Q_EMIT signInNeeded(failure);
        return;
    }
    m_unconfirmed.remove(command);
    if (!failure.error.isOk()) {
        fail(failure, job);
        delete command;
        return;
    }
    Q_EMIT editSucceeded(command->text());
    const bool offStack = job && job->isKeptOffUndoStack();
    if (job)
        job->finish(EditResult{failure});
    if (!command->isUndoable() || offStack) {
        delete command;
        return;
    }
    // The server holds the forward state already, so the redo() that push() calls sends
    // nothing; the stack owns the command from here on.
    m_stack->push(command);
}

void EditService::concludeStacked(const std::weak_ptr<void> &lifetime, EditCommand *command, Direction direction,
                                  const EditFailure &failure)
{
    const bool forward = direction == Direction::Forward;
    if (failure.error.isOk()) {
        Q_EMIT editSucceeded(forward ? QUndoStack::tr("Redo %1").arg(failure.description)
                                     : QUndoStack::tr("Undo %1").arg(failure.description));
        return;
    }
    fail(failure, nullptr);
    if (lifetime.expired())
        return;
    // The stack already moved past this command; move it back (the command sends nothing:
    // the server still holds that state), but only if nothing else moved it meanwhile (then
    // the stack order is the user's).
    if (forward && m_stack->index() > 0 && m_stack->command(m_stack->index() - 1) == command)
        m_stack->undo();
    else if (!forward && m_stack->command(m_stack->index()) == command)
        m_stack->redo();
}

void EditService::setPending(const EditTarget &target, bool pending)
{
    m_pending = pending ? m_pending + 1 : std::max(0, m_pending - 1);
    Q_EMIT pendingChanged(m_pending);
    const EditFailure &about = target.about;
    switch (target.pending) {
    case EditTarget::Pending::None:
        break;
    case EditTarget::Pending::GroupType:
        Q_EMIT groupTypePending(about.typeIndex, pending);
        break;
    case EditTarget::Pending::Property:
        Q_EMIT propertyPending(about.typeIndex, about.objectKey, about.field, pending);
        break;
    case EditTarget::Pending::Metric:
        Q_EMIT metricPending(about.typeIndex, about.objectKey, pending);
        break;
    }
}

void EditService::publish(const EditTarget &target, const EditOutcome &outcome)
{
    const int typeIndex = target.about.typeIndex;
    if (outcome.group)
        Q_EMIT groupChanged(*outcome.group);
    if (!outcome.notice.isEmpty())
        Q_EMIT editNotice(outcome.notice);
    if (outcome.groupType)
        Q_EMIT groupTypeChanged(*outcome.groupType);
    if (outcome.groupTypes)
        Q_EMIT groupTypesChanged(*outcome.groupTypes);
    if (outcome.deletedGroupType >= 0)
        Q_EMIT groupTypeDeleted(outcome.deletedGroupType);
    if (outcome.metric)
        Q_EMIT metricChanged(typeIndex, *outcome.metric);
    if (outcome.created)
        Q_EMIT metricCreated(typeIndex, *outcome.created);
    if (!outcome.deletedMetricId.isEmpty())
        Q_EMIT metricDeleted(typeIndex, outcome.deletedMetricId);
}

void EditService::fail(EditFailure failure, EditJob *job)
{
    // The server names the field it refused (name_singular, math_property, ...).
    if (!failure.error.attr().isEmpty())
        failure.field = failure.error.attr();
    qCWarning(lcModels) << "edit failed:" << failure.description << ApiError::kindName(failure.error.kind())
                        << failure.error.userMessage();
    Q_EMIT editFailed(failure);
    if (job)
        job->finish(EditResult{failure});
}

void EditService::failLater(const EditFailure &failure, EditJob *job)
{
    QMetaObject::invokeMethod(
        this, [this, failure, job = QPointer<EditJob>(job)] { fail(failure, job); }, Qt::QueuedConnection);
}

EditFailure EditService::notConnected(EditFailure about)
{
    about.error = ApiError(ApiError::Kind::Network, tr("Not connected."));
    return about;
}

// --- before-values the caller did not have -------------------------------------------

void EditService::withGroupType(const EditTarget &about, EditJob *job, std::function<void(const GroupType &)> then)
{
    if (!m_client) {
        failLater(notConnected(about.about), job);
        return;
    }
    setPending(about, true);
    m_client->listGroupTypes(this, [this, about, job = QPointer<EditJob>(job),
                                    then = std::move(then)](const ApiResult<QList<GroupType>> &r) {
        setPending(about, false);
        const int typeIndex = about.about.typeIndex;
        const auto found = std::find_if(r.value.cbegin(), r.value.cend(),
                                        [typeIndex](const GroupType &type) { return type.index == typeIndex; });
        if (!r.ok() || found == r.value.cend()) {
            EditFailure failure = about.about;
            failure.error =
                r.ok() ? ApiError(ApiError::Kind::NotFound, tr("Group type %1 does not exist.").arg(typeIndex), 404)
                       : r.error;
            fail(failure, job);
            return;
        }
        then(*found);
    });
}

void EditService::withGroup(const EditTarget &about, EditJob *job, std::function<void(const Group &)> then)
{
    if (!m_client) {
        failLater(notConnected(about.about), job);
        return;
    }
    setPending(about, true);
    m_client->findGroup(about.about.typeIndex, about.about.objectKey, this,
                        [this, about, job = QPointer<EditJob>(job), then = std::move(then)](const ApiResult<Group> &r) {
                            setPending(about, false);
                            if (!r.ok()) {
                                EditFailure failure = about.about;
                                failure.error = r.error;
                                fail(failure, job);
                                return;
                            }
                            then(r.value);
                        });
}

void EditService::withMetric(const EditTarget &about, EditJob *job, std::function<void(const UsageMetric &)> then)
{
    if (!m_client) {
        failLater(notConnected(about.about), job);
        return;
    }
    setPending(about, true);
    m_client->getUsageMetric(
        about.about.typeIndex, m_metricIds.current(about.about.objectKey), this,
        [this, about, job = QPointer<EditJob>(job), then = std::move(then)](const ApiResult<UsageMetric> &r) {
            setPending(about, false);
            if (!r.ok()) {
                EditFailure failure = about.about;
                failure.error = r.error;
                fail(failure, job);
                return;
            }
            then(r.value);
        });
}
