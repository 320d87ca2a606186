#include "setdefaultcolumnscommand.h"

#include "editservice.h"
#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SetDefaultColumnsCommand::SetDefaultColumnsCommand(EditService *service, int typeIndex, const QStringList &columns,
                                                   const QStringList &before)
    : EditCommand(
        service,
        QCoreApplication::translate("SetDefaultColumnsCommand", "Set default columns of group type %1").arg(typeIndex))
    , m_typeIndex(typeIndex)
    , m_columns(columns)
    , m_before(before)
{ }

SetDefaultColumnsCommand::~SetDefaultColumnsCommand() = default;

void SetDefaultColumnsCommand::send(Direction direction)
{
    EditService *svc = service();
    const bool forward = direction == Direction::Forward;
    const QStringList columns = forward ? m_columns : m_before;
    EditFailure failure;
    failure.description = text();
    failure.typeIndex = m_typeIndex;
    failure.field = u"default_columns"_s;
    failure.intendedValue = columns;

    const quint64 serial = this->serial();
    const int typeIndex = m_typeIndex;
    svc->beginRequest();
    Q_EMIT svc->groupTypePending(typeIndex, true);
    svc->client()->setDefaultColumns(typeIndex, columns, svc,
                                     [svc, serial, forward, typeIndex, failure](const ApiResult<GroupType> &r) mutable {
                                         svc->endRequest();
                                         Q_EMIT svc->groupTypePending(typeIndex, false);
                                         if (r.ok()) {
                                             svc->noteGroupType(r.value);
                                             Q_EMIT svc->groupTypeChanged(r.value);
                                         }
                                         failure.error = r.error;
                                         svc->finishCommandRequest(serial, forward, failure);
                                     });
}
