#include "editservice.h"

#include "createmetriccommand.h"
#include "deletemetriccommand.h"
#include "modelslogging.h"
#include "posthogclient.h"
#include "removegrouppropertycommand.h"
#include "renamegrouptypecommand.h"
#include "setdefaultcolumnscommand.h"
#include "setgrouppropertycommand.h"
#include "updatemetriccommand.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QString groupCacheKey(int typeIndex, const QString &key)
{
    return QString::number(typeIndex) + u'/' + key;
}
} // namespace

EditService::EditService(PostHogClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stack(new QUndoStack(this))
{
    qRegisterMetaType<EditFailure>();
    qRegisterMetaType<GroupType>();
    qRegisterMetaType<Group>();
    qRegisterMetaType<UsageMetric>();
}

EditService::~EditService()
{
    // Commands die with the stack; stop them from calling back into a half-destroyed service.
    for (EditCommand *command : std::as_const(m_live))
        command->m_service = nullptr;
    m_live.clear();
}

QUndoStack *EditService::undoStack()
{
    return m_stack;
}

void EditService::start(EditCommand *command, quint64 ticket)
{
    command->m_ticket = ticket;
    if (!m_client) {
        EditFailure failure;
        failure.description = command->text();
        failure.error = ApiError(ApiError::Kind::Network, tr("Not connected."));
        failure.ticket = ticket;
        failLater(failure);
        delete command;
        return;
    }
    command->execute();
}

quint64 EditService::renameGroupType(int typeIndex, std::optional<QString> singular, std::optional<QString> plural)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Rename group type %1").arg(typeIndex);
    withGroupType(
        typeIndex, description, singular ? u"name_singular"_s : u"name_plural"_s,
        singular ? QVariant(*singular) : QVariant(plural.value_or(QString())), ticket,
        [this, typeIndex, singular, plural, ticket](const GroupType &before) {
            start(new RenameGroupTypeCommand(this, typeIndex, singular, plural, before.nameSingular, before.namePlural),
                  ticket);
        });
    return ticket;
}

quint64 EditService::setGroupProperty(int typeIndex, const QString &key, const QString &name, const QJsonValue &value)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Set property %1 of %2").arg(name, key);
    withGroup(typeIndex, key, description, name, QVariant::fromValue(value), ticket,
              [this, typeIndex, key, name, value, ticket](const Group &group) {
                  std::optional<QJsonValue> before;
                  if (group.properties.contains(name))
                      before = group.properties.value(name);
                  start(new SetGroupPropertyCommand(this, typeIndex, key, name, value, before), ticket);
              });
    return ticket;
}

quint64 EditService::removeGroupProperty(int typeIndex, const QString &key, const QString &name)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Remove property %1 of %2").arg(name, key);
    withGroup(typeIndex, key, description, name, QVariant(), ticket,
              [this, typeIndex, key, name, ticket](const Group &group) {
                  start(new RemoveGroupPropertyCommand(this, typeIndex, key, name, group.properties.value(name)),
                        ticket);
              });
    return ticket;
}

quint64 EditService::updateMetric(int typeIndex, const QString &id, const QJsonObject &changes)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Change usage metric");
    withMetric(typeIndex, id, description, changes.keys().value(0), changes.toVariantMap(), ticket,
               [this, typeIndex, id, changes, ticket](const UsageMetric &metric) {
                   const QJsonObject all = metric.toJson();
                   QJsonObject before;
                   for (auto it = changes.begin(); it != changes.end(); ++it)
                       before.insert(it.key(), all.value(it.key()));
                   start(new UpdateMetricCommand(this, typeIndex, id, changes, before), ticket);
               });
    return ticket;
}

quint64 EditService::createMetric(int typeIndex, const UsageMetric &metric)
{
    const quint64 ticket = nextTicket();
    start(new CreateMetricCommand(this, typeIndex, metric), ticket);
    return ticket;
}

quint64 EditService::deleteMetric(int typeIndex, const UsageMetric &metric)
{
    const quint64 ticket = nextTicket();
    start(new DeleteMetricCommand(this, typeIndex, metric), ticket);
    return ticket;
}

quint64 EditService::setDefaultColumns(int typeIndex, const QStringList &columns)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Set default columns of group type %1").arg(typeIndex);
    withGroupType(typeIndex, description, u"default_columns"_s, columns, ticket,
                  [this, typeIndex, columns, ticket](const GroupType &before) {
                      start(new SetDefaultColumnsCommand(this, typeIndex, columns, before.defaultColumns), ticket);
                  });
    return ticket;
}

quint64 EditService::createDetailDashboard(int typeIndex)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Create detail dashboard");
    if (!m_client) {
        failLater({description, ApiError(ApiError::Kind::Network, tr("Not connected.")), u"detail_dashboard"_s,
                   QVariant(), typeIndex, QString(), ticket});
        return ticket;
    }
    beginRequest();
    Q_EMIT groupTypePending(typeIndex, true);
    m_client->createDetailDashboard(
        typeIndex, this, [this, typeIndex, description, ticket](const ApiResult<GroupType> &r) {
            endRequest();
            Q_EMIT groupTypePending(typeIndex, false);
            if (r.ok()) {
                noteGroupType(r.value);
                Q_EMIT groupTypeChanged(r.value);
                reportSuccess(description, ticket);
            } else {
                reportFailure({description, r.error, u"detail_dashboard"_s, QVariant(), typeIndex, QString(), ticket});
            }
        });
    return ticket;
}

quint64 EditService::deleteGroupType(int typeIndex)
{
    const quint64 ticket = nextTicket();
    const QString description = tr("Delete group type %1").arg(typeIndex);
    if (!m_client) {
        failLater({description, ApiError(ApiError::Kind::Network, tr("Not connected.")), QString(), QVariant(),
                   typeIndex, QString(), ticket});
        return ticket;
    }
    beginRequest();
    Q_EMIT groupTypePending(typeIndex, true);
    m_client->deleteGroupType(typeIndex, this, [this, typeIndex, description, ticket](const ApiResult<NoContent> &r) {
        endRequest();
        Q_EMIT groupTypePending(typeIndex, false);
        if (r.ok()) {
            m_types.remove(typeIndex);
            Q_EMIT groupTypeDeleted(typeIndex);
            reportSuccess(description, ticket);
        } else {
            reportFailure({description, r.error, QString(), QVariant(), typeIndex, QString(), ticket});
        }
    });
    return ticket;
}

void EditService::rememberGroupTypes(const QList<GroupType> &types)
{
    for (const GroupType &type : types)
        m_types.insert(type.index, type);
}

void EditService::rememberGroup(const Group &group)
{
    m_groups.insert(groupCacheKey(group.typeIndex, group.key), group);
}

void EditService::rememberMetrics(int typeIndex, const QList<UsageMetric> &metrics)
{
    Q_UNUSED(typeIndex)
    for (const UsageMetric &metric : metrics)
        m_metrics.insert(metric.id, metric);
}

std::optional<GroupType> EditService::knownGroupType(int typeIndex) const
{
    const auto it = m_types.constFind(typeIndex);
    if (it == m_types.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<UsageMetric> EditService::knownMetric(const QString &id) const
{
    const auto it = m_metrics.constFind(currentMetricId(id));
    if (it == m_metrics.constEnd())
        return std::nullopt;
    return *it;
}

QString EditService::currentMetricId(const QString &id) const
{
    QString current = id;
    // Chains are short (one link per undo of a delete); the bound guards against cycles.
    for (int guard = 0; guard < 1000; ++guard) {
        const auto it = m_metricIdMap.constFind(current);
        if (it == m_metricIdMap.constEnd())
            break;
        current = *it;
    }
    return current;
}

void EditService::mapMetricId(const QString &oldId, const QString &newId)
{
    if (!oldId.isEmpty() && oldId != newId)
        m_metricIdMap.insert(oldId, newId);
}

void EditService::beginRequest()
{
    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
}

void EditService::endRequest()
{
    m_pending = std::max(0, m_pending - 1);
    Q_EMIT pendingChanged(m_pending);
}

void EditService::reportFailure(const EditFailure &failure)
{
    EditFailure copy = failure;
    if (!failure.error.attr().isEmpty())
        copy.field = failure.error.attr();
    qCWarning(lcModels) << "edit failed:" << copy.description << ApiError::kindName(copy.error.kind())
                        << copy.error.userMessage();
    Q_EMIT editFailed(copy);
    if (copy.ticket != 0)
        Q_EMIT editFinished(copy.ticket, false);
}

void EditService::failLater(const EditFailure &failure)
{
    // Callers learn their ticket from the return value; a failure reported before the call
    // returns would reach them with a ticket they do not know yet.
    QMetaObject::invokeMethod(
        this, [this, failure] { reportFailure(failure); }, Qt::QueuedConnection);
}

void EditService::reportSuccess(const QString &description, quint64 ticket)
{
    Q_EMIT editSucceeded(description);
    if (ticket != 0)
        Q_EMIT editFinished(ticket, true);
}

quint64 EditService::registerCommand(EditCommand *command)
{
    const quint64 serial = m_nextSerial++;
    m_live.insert(serial, command);
    return serial;
}

void EditService::unregisterCommand(quint64 serial)
{
    m_live.remove(serial);
}

void EditService::finishCommandRequest(quint64 serial, bool forward, const EditFailure &failure)
{
    if (EditCommand *cmd = command(serial)) {
        cmd->requestEnded(forward ? EditCommand::Direction::Forward : EditCommand::Direction::Backward, failure);
        return;
    }
    if (!failure.error.isOk())
        reportFailure(failure);
}

void EditService::pushConfirmed(EditCommand *command)
{
    command->m_pushed = true;
    command->m_skipNext = true; // push() calls redo(): the server already has it
    m_stack->push(command);
}

void EditService::discard(EditCommand *command)
{
    delete command;
}

void EditService::noteGroupType(const GroupType &type)
{
    m_types.insert(type.index, type);
}

void EditService::noteGroup(const Group &group)
{
    rememberGroup(group);
}

void EditService::noteMetric(int typeIndex, const UsageMetric &metric)
{
    Q_UNUSED(typeIndex)
    m_metrics.insert(metric.id, metric);
}

void EditService::forgetMetric(const QString &id)
{
    m_metrics.remove(id);
}

void EditService::withGroupType(int typeIndex, const QString &description, const QString &field,
                                const QVariant &intended, quint64 ticket, std::function<void(const GroupType &)> then)
{
    if (const std::optional<GroupType> known = knownGroupType(typeIndex)) {
        then(*known);
        return;
    }
    if (!m_client) {
        failLater({description, ApiError(ApiError::Kind::Network, tr("Not connected.")), field, intended, typeIndex,
                   QString(), ticket});
        return;
    }
    // Unknown before-values (no model listed the types yet): read them so undo is exact.
    beginRequest();
    Q_EMIT groupTypePending(typeIndex, true);
    m_client->listGroupTypes(
        this, [this, typeIndex, description, field, intended, ticket, then](const ApiResult<QList<GroupType>> &r) {
            endRequest();
            Q_EMIT groupTypePending(typeIndex, false);
            if (r.ok())
                rememberGroupTypes(r.value);
            const std::optional<GroupType> known = knownGroupType(typeIndex);
            if (!r.ok() || !known) {
                ApiError error = r.error;
                if (error.isOk())
                    error = ApiError(ApiError::Kind::NotFound, tr("Group type %1 does not exist.").arg(typeIndex), 404);
                reportFailure({description, error, field, intended, typeIndex, QString(), ticket});
                return;
            }
            then(*known);
        });
}

void EditService::withGroup(int typeIndex, const QString &key, const QString &description, const QString &field,
                            const QVariant &intended, quint64 ticket, std::function<void(const Group &)> then)
{
    const auto it = m_groups.constFind(groupCacheKey(typeIndex, key));
    if (it != m_groups.constEnd()) {
        then(*it);
        return;
    }
    if (!m_client) {
        failLater({description, ApiError(ApiError::Kind::Network, tr("Not connected.")), field, intended, typeIndex,
                   key, ticket});
        return;
    }
    // Unknown before-value: read the group first so undo can restore it exactly.
    beginRequest();
    Q_EMIT propertyPending(typeIndex, key, field, true);
    m_client->findGroup(typeIndex, key, this,
                        [this, typeIndex, key, description, field, intended, ticket, then](const ApiResult<Group> &r) {
                            endRequest();
                            Q_EMIT propertyPending(typeIndex, key, field, false);
                            if (!r.ok()) {
                                reportFailure({description, r.error, field, intended, typeIndex, key, ticket});
                                return;
                            }
                            rememberGroup(r.value);
                            then(r.value);
                        });
}

void EditService::withMetric(int typeIndex, const QString &id, const QString &description, const QString &field,
                             const QVariant &intended, quint64 ticket, std::function<void(const UsageMetric &)> then)
{
    if (const std::optional<UsageMetric> known = knownMetric(id)) {
        then(*known);
        return;
    }
    if (!m_client) {
        failLater({description, ApiError(ApiError::Kind::Network, tr("Not connected.")), field, intended, typeIndex, id,
                   ticket});
        return;
    }
    beginRequest();
    Q_EMIT metricPending(typeIndex, id, true);
    m_client->getUsageMetric(
        typeIndex, currentMetricId(id), this,
        [this, typeIndex, id, description, field, intended, ticket, then](const ApiResult<UsageMetric> &r) {
            endRequest();
            Q_EMIT metricPending(typeIndex, id, false);
            if (!r.ok()) {
                reportFailure({description, r.error, field, intended, typeIndex, id, ticket});
                return;
            }
            noteMetric(typeIndex, r.value);
            then(r.value);
        });
}
