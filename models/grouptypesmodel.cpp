#include "grouptypesmodel.h"

#include "apijson.h"
#include "defaultcolumns.h"
#include "editfailure.h"
#include "editservice.h"
#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

GroupTypesModel::GroupTypesModel(PostHogClient *client, EditService *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_edits(edits)
{
    if (m_edits) {
        connect(m_edits, &EditService::groupTypeChanged, this, &GroupTypesModel::onTypeChanged);
        connect(m_edits, &EditService::groupTypesChanged, this, &GroupTypesModel::onTypesChanged);
        connect(m_edits, &EditService::groupTypeDeleted, this, &GroupTypesModel::onTypeDeleted);
        connect(m_edits, &EditService::groupTypePending, this, &GroupTypesModel::onTypePending);
        connect(m_edits, &EditService::editFailed, this, &GroupTypesModel::onEditFailed);
    }
}

GroupTypesModel::~GroupTypesModel() = default;

void GroupTypesModel::reload()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_client->listGroupTypes(this, [this, generation](const ApiResult<QList<GroupType>> &r) {
        if (generation != m_generation)
            return; // a newer reload is running
        setLoading(false);
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        beginResetModel();
        m_types = r.value;
        std::sort(m_types.begin(), m_types.end(),
                  [](const GroupType &a, const GroupType &b) { return a.index < b.index; });
        m_beforeEdit.clear();
        m_errors.clear();
        endResetModel();
        Q_EMIT loaded();
    });
}

GroupType GroupTypesModel::groupType(int row) const
{
    return m_types.value(row);
}

int GroupTypesModel::rowForIndex(int typeIndex) const
{
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).index == typeIndex)
            return row;
    }
    return -1;
}

int GroupTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_types.size());
}

int GroupTypesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTypesModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const GroupType &type = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Index:
            return type.index;
        case CodeName:
            return type.codeName;
        case SingularName:
            return type.nameSingular;
        case PluralName:
            return type.namePlural;
        case DefaultColumns:
            // Shown as the property names the groups table gets; the stored select list
            // (group_name, properties.plan, ...) is the tooltip.
            return role == Qt::EditRole ? QVariant(type.defaultColumns)
                                        : QVariant(::DefaultColumns::propertiesOf(type.defaultColumns).join(u", "_s));
        case DetailDashboard:
            return type.detailDashboard ? QVariant(*type.detailDashboard) : QVariant();
        case Created:
            return role == Qt::EditRole
                       ? QVariant(type.createdAt)
                       : QVariant(QLocale().toString(type.createdAt.toLocalTime(), QLocale::ShortFormat));
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Index:
            return type.index;
        case CodeName:
            return type.codeName;
        case SingularName:
            return type.nameSingular;
        case PluralName:
            return type.namePlural;
        case DefaultColumns:
            return type.defaultColumns;
        case DetailDashboard:
            return type.detailDashboard ? QVariant(*type.detailDashboard) : QVariant();
        case Created:
            return type.createdAt;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!m_errors.value(type.index).isEmpty())
            return m_errors.value(type.index);
        if (index.column() == DefaultColumns && !type.defaultColumns.isEmpty())
            return tr("Saved in PostHog as: %1").arg(type.defaultColumns.join(u", "_s));
        return {};
    case PendingRole:
        return m_pendingCount.value(type.index) > 0;
    case ErrorRole:
        return m_errors.value(type.index);
    case TypeIndexRole:
        return type.index;
    case ObjectRole:
        return QVariant::fromValue(type);
    default:
        return {};
    }
}

QVariant GroupTypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index:
        return tr("Index");
    case CodeName:
        return tr("Code name");
    case SingularName:
        return tr("Singular name");
    case PluralName:
        return tr("Plural name");
    case DefaultColumns:
        return tr("Default columns");
    case DetailDashboard:
        return tr("Detail dashboard");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags GroupTypesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_edits && (index.column() == SingularName || index.column() == PluralName))
        f |= Qt::ItemIsEditable;
    return f;
}

bool GroupTypesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_edits
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != SingularName && index.column() != PluralName)
        return false;
    const QString name = value.toString().trimmed();
    if (ApiJson::serverLength(name) > GroupType::MaxNameLength)
        return false;
    GroupType &type = m_types[index.row()];
    const bool singular = index.column() == SingularName;
    if ((singular ? type.nameSingular : type.namePlural) == name)
        return true;
    // Optimistic: show the new name with PendingRole; onEditFailed() restores this copy.
    if (!m_beforeEdit.contains(type.index))
        m_beforeEdit.insert(type.index, type);
    (singular ? type.nameSingular : type.namePlural) = name;
    m_errors.remove(type.index);
    emitRowChanged(index.row());
    const GroupType &before = m_beforeEdit[type.index];
    if (singular)
        m_edits->renameGroupType(type.index, name, std::nullopt, before);
    else
        m_edits->renameGroupType(type.index, std::nullopt, name, before);
    return true;
}

void GroupTypesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void GroupTypesModel::onTypeChanged(const GroupType &type)
{
    const int row = rowForIndex(type.index);
    if (row < 0)
        return;
    m_types[row] = type;
    m_beforeEdit.remove(type.index);
    m_errors.remove(type.index);
    emitRowChanged(row);
}

void GroupTypesModel::onTypesChanged(const QList<GroupType> &types)
{
    for (const GroupType &type : types)
        onTypeChanged(type);
}

void GroupTypesModel::onTypeDeleted(int typeIndex)
{
    const int row = rowForIndex(typeIndex);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_types.removeAt(row);
    m_beforeEdit.remove(typeIndex);
    m_errors.remove(typeIndex);
    m_pendingCount.remove(typeIndex);
    endRemoveRows();
}

void GroupTypesModel::onTypePending(int typeIndex, bool pending)
{
    int &count = m_pendingCount[typeIndex];
    count = std::max(0, count + (pending ? 1 : -1));
    const int row = rowForIndex(typeIndex);
    if (row >= 0)
        emitRowChanged(row);
}

void GroupTypesModel::onEditFailed(const EditFailure &failure)
{
    // Property and metric failures carry an object key; group-type failures do not.
    if (!failure.objectKey.isEmpty() || failure.typeIndex < 0)
        return;
    const int row = rowForIndex(failure.typeIndex);
    if (row < 0)
        return;
    const auto before = m_beforeEdit.constFind(failure.typeIndex);
    if (before != m_beforeEdit.constEnd()) {
        m_types[row] = *before;
        m_beforeEdit.erase(before);
    }
    m_errors.insert(failure.typeIndex, failure.error.userMessage());
    emitRowChanged(row);
}

void GroupTypesModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
