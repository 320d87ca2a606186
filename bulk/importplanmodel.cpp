#include "importplanmodel.h"

#include "flatindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString valueText(const std::optional<QJsonValue> &value)
{
    if (!value)
        return ImportPlanModel::tr("(none)");
    if (value->isString())
        return QLatin1Char('"') + value->toString() + QLatin1Char('"');
    // Numbers, booleans and containers as JSON, so 1 and "1" look different.
    const QByteArray json = QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}
} // namespace

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImportPlanModel::~ImportPlanModel() = default;

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_outcomes.clear();
    m_rowOfKey.clear();
    for (int i = 0; i < m_plan.groups.size(); ++i) {
        if (m_plan.groups.at(i).action != PlannedGroup::Action::Invalid)
            m_rowOfKey.insert(m_plan.groups.at(i).key, i);
    }
    endResetModel();
}

void ImportPlanModel::setOutcome(const QString &key, const QString &outcome)
{
    const auto it = m_rowOfKey.constFind(key);
    if (it == m_rowOfKey.constEnd())
        return;
    m_outcomes.insert(it.value(), outcome);
    const QModelIndex cell = index(it.value(), ReasonColumn);
    Q_EMIT dataChanged(cell, cell);
}

QString ImportPlanModel::actionText(PlannedGroup::Action action)
{
    switch (action) {
    case PlannedGroup::Action::Create:
        return tr("Create");
    case PlannedGroup::Action::Update:
        return tr("Update");
    case PlannedGroup::Action::Unchanged:
        return tr("Unchanged");
    case PlannedGroup::Action::Invalid:
        return tr("Invalid");
    }
    return QString();
}

QString ImportPlanModel::changesText(const PlannedGroup &group)
{
    QStringList parts;
    for (const PropertyChange &change : group.changes)
        parts.append(tr("%1: %2 → %3").arg(change.name, valueText(change.before), valueText(change.after)));
    return parts.join(QStringLiteral("; "));
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.groups.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return QVariant();
    const PlannedGroup &group = m_plan.groups.at(index.row());
    if (role == ActionRole)
        return static_cast<int>(group.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case LineColumn:
        return group.row > 0 ? QVariant(group.row) : QVariant();
    case KeyColumn:
        return group.key;
    case ActionColumn:
        return actionText(group.action);
    case ChangesColumn:
        return changesText(group);
    case ReasonColumn:
        return m_outcomes.contains(index.row()) ? m_outcomes.value(index.row()) : group.reason;
    default:
        return QVariant();
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KeyColumn:
        return tr("Key");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("Changes (before → after)");
    case ReasonColumn:
        return tr("Reason / outcome");
    default:
        return QVariant();
    }
}
