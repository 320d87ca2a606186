#include "importplanfilterproxy.h"

#include "importplanmodel.h"

ImportPlanFilterProxy::ImportPlanFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

ImportPlanFilterProxy::~ImportPlanFilterProxy() = default;

void ImportPlanFilterProxy::setActionVisible(PlannedGroup::Action action, bool visible)
{
    if (isActionVisible(action) == visible)
        return;
    if (visible)
        m_hidden.remove(static_cast<int>(action));
    else
        m_hidden.insert(static_cast<int>(action));
    invalidateRowsFilter();
}

bool ImportPlanFilterProxy::isActionVisible(PlannedGroup::Action action) const
{
    return !m_hidden.contains(static_cast<int>(action));
}

void ImportPlanFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool ImportPlanFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(first.data(ImportPlanModel::ActionRole).toInt()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {ImportPlanModel::KeyColumn, ImportPlanModel::ChangesColumn, ImportPlanModel::ReasonColumn}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
