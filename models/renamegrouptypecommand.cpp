#include "renamegrouptypecommand.h"

#include "editservice.h"
#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

RenameGroupTypeCommand::RenameGroupTypeCommand(EditService *service, int typeIndex, std::optional<QString> singular,
                                               std::optional<QString> plural, const QString &beforeSingular,
                                               const QString &beforePlural)
    : EditCommand(service, QCoreApplication::translate("RenameGroupTypeCommand", "Rename group type %1").arg(typeIndex))
    , m_typeIndex(typeIndex)
    , m_singular(std::move(singular))
    , m_plural(std::move(plural))
    , m_beforeSingular(beforeSingular)
    , m_beforePlural(beforePlural)
{ }

RenameGroupTypeCommand::~RenameGroupTypeCommand() = default;

void RenameGroupTypeCommand::send(Direction direction)
{
    EditService *svc = service();
    const bool forward = direction == Direction::Forward;
    GroupTypeNames row;
    row.index = m_typeIndex;
    // Only the names this edit touched travel, in both directions.
    if (m_singular)
        row.nameSingular = forward ? *m_singular : m_beforeSingular;
    if (m_plural)
        row.namePlural = forward ? *m_plural : m_beforePlural;

    EditFailure failure;
    failure.description = text();
    failure.typeIndex = m_typeIndex;
    failure.field = m_singular ? u"name_singular"_s : u"name_plural"_s;
    failure.intendedValue = forward ? (m_singular ? *m_singular : m_plural.value_or(QString()))
                                    : (m_singular ? m_beforeSingular : m_beforePlural);

    const quint64 serial = this->serial();
    const int typeIndex = m_typeIndex;
    svc->beginRequest();
    Q_EMIT svc->groupTypePending(typeIndex, true);
    svc->client()->updateGroupTypeMetadata(
        {row}, svc, [svc, serial, forward, typeIndex, failure](const ApiResult<QList<GroupType>> &r) mutable {
            svc->endRequest();
            Q_EMIT svc->groupTypePending(typeIndex, false);
            if (r.ok()) {
                for (const GroupType &type : r.value) {
                    svc->noteGroupType(type);
                    if (type.index == typeIndex)
                        Q_EMIT svc->groupTypeChanged(type);
                }
                Q_EMIT svc->groupTypesChanged(r.value);
            }
            failure.error = r.error;
            svc->finishCommandRequest(serial, forward, failure);
        });
}
