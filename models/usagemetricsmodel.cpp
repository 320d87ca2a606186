#include "usagemetricsmodel.h"

#include "editfailure.h"
#include "editservice.h"
#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

UsageMetricsModel::UsageMetricsModel(PostHogClient *client, EditService *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_edits(edits)
{
    if (m_edits) {
        connect(m_edits, &EditService::metricChanged, this, &UsageMetricsModel::onMetricChanged);
        connect(m_edits, &EditService::metricCreated, this, &UsageMetricsModel::onMetricCreated);
        connect(m_edits, &EditService::metricDeleted, this, &UsageMetricsModel::onMetricDeleted);
        connect(m_edits, &EditService::metricPending, this, &UsageMetricsModel::onMetricPending);
        connect(m_edits, &EditService::editFailed, this, &UsageMetricsModel::onEditFailed);
    }
}

UsageMetricsModel::~UsageMetricsModel() = default;

void UsageMetricsModel::setGroupType(int typeIndex)
{
    m_typeIndex = typeIndex;
    reload();
}

void UsageMetricsModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_metrics.clear();
    m_beforeEdit.clear();
    m_errors.clear();
    m_pending.clear();
    endResetModel();
    if (!m_client || m_typeIndex < 0)
        return;
    setLoading(true);
    m_client->listUsageMetrics(m_typeIndex, this, [this, generation](const ApiResult<QList<UsageMetric>> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        if (!r.value.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(r.value.size()) - 1);
            m_metrics = r.value;
            endInsertRows();
        }
        Q_EMIT loaded();
    });
}

UsageMetric UsageMetricsModel::metric(int row) const
{
    return m_metrics.value(row);
}

int UsageMetricsModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_metrics.size(); ++row) {
        if (m_metrics.at(row).id == id)
            return row;
    }
    return -1;
}

bool UsageMetricsModel::createMetric(const UsageMetric &metric)
{
    const QList<UsageMetric::Problem> problems = metric.validate(UsageMetric::Rules::Editor);
    if (!problems.isEmpty()) {
        Q_EMIT editRejected(-1, problems.first().field, problems.first().message);
        return false;
    }
    if (!m_edits || m_typeIndex < 0)
        return false;
    m_edits->createMetric(m_typeIndex, metric);
    return true;
}

void UsageMetricsModel::deleteMetric(int row)
{
    if (row < 0 || row >= m_metrics.size() || !m_edits)
        return;
    m_edits->deleteMetric(m_typeIndex, m_metrics.at(row));
}

int UsageMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_metrics.size());
}

int UsageMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const UsageMetric &m = m_metrics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return m.name;
        // DisplayRole speaks the dialog's words; EditRole and RawValueRole keep the
        // server's values, which sorting, the delegate and setData() work with.
        case Format:
            return role == Qt::DisplayRole ? UsageMetric::label(m.format) : m.format;
        case Interval:
            if (role == Qt::DisplayRole)
                return tr("%n day(s)", nullptr, m.interval);
            return m.interval;
        case Display:
            return role == Qt::DisplayRole ? UsageMetric::label(m.display) : m.display;
        case Source:
            return role == Qt::DisplayRole ? UsageMetric::label(m.source()) : m.source();
        case Calculation:
            return role == Qt::DisplayRole ? UsageMetric::label(m.math) : m.math;
        case MathProperty:
            return m.mathProperty;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!m_errors.value(m.id).isEmpty())
            return m_errors.value(m.id);
        return {};
    case PendingRole:
        return m_pending.value(m.id) > 0;
    case ErrorRole:
        return m_errors.value(m.id);
    case MetricIdRole:
        return m.id;
    case TypeIndexRole:
        return m_typeIndex;
    case ObjectRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QVariant UsageMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Format:
        return tr("Format");
    case Interval:
        return tr("Interval");
    case Display:
        return tr("Display");
    case Source:
        return tr("Source");
    case Calculation:
        return tr("Calculation");
    case MathProperty:
        return tr("Summed property");
    default:
        return {};
    }
}

Qt::ItemFlags UsageMetricsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // Source is part of the filters object: edited in the metric dialog, not in place.
    if (index.isValid() && m_edits && index.column() != Source)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UsageMetricsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != RawValueRole) || !m_edits
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    UsageMetric edited = m_metrics.at(row);
    QJsonObject changes;
    switch (index.column()) {
    case Name:
        edited.name = value.toString().trimmed();
        changes.insert(u"name"_s, edited.name);
        break;
    case Format:
        edited.format = value.toString();
        changes.insert(u"format"_s, edited.format);
        break;
    case Interval: {
        bool ok = false;
        edited.interval = value.toInt(&ok);
        if (!ok) {
            Q_EMIT editRejected(row, u"interval"_s, tr("The interval must be a whole number of days."));
            return false;
        }
        changes.insert(u"interval"_s, edited.interval);
        break;
    }
    case Display:
        edited.display = value.toString();
        changes.insert(u"display"_s, edited.display);
        break;
    case Calculation:
        edited.math = value.toString();
        changes.insert(u"math"_s, edited.math);
        // Switching to count must clear the property in the same PATCH to stay valid.
        if (edited.math == "count"_L1 && !edited.mathProperty.isEmpty()) {
            edited.mathProperty.clear();
            changes.insert(u"math_property"_s, QJsonValue::Null);
        }
        break;
    case MathProperty:
        edited.mathProperty = value.toString().trimmed();
        changes.insert(u"math_property"_s,
                       edited.mathProperty.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(edited.mathProperty));
        break;
    default:
        return false;
    }
    // Judge only what this edit touches: a metric made elsewhere may break an editor rule (an
    // interval of 0, a format a newer server added) and must still take a rename.
    const QList<UsageMetric::Problem> problems = edited.validate(UsageMetric::Rules::Editor);
    for (const UsageMetric::Problem &problem : problems) {
        if (changes.contains(problem.field) || (problem.field == "math_property"_L1 && changes.contains(u"math"_s))) {
            Q_EMIT editRejected(row, problem.field, problem.message);
            return false;
        }
    }
    const UsageMetric &current = m_metrics.at(row);
    if (current.toJson() == edited.toJson())
        return true;
    if (!m_beforeEdit.contains(current.id))
        m_beforeEdit.insert(current.id, current);
    m_metrics[row] = edited;
    m_errors.remove(edited.id);
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    m_edits->updateMetric(m_typeIndex, edited.id, changes, m_beforeEdit.value(edited.id));
    return true;
}

void UsageMetricsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void UsageMetricsModel::onMetricChanged(int typeIndex, const UsageMetric &metric)
{
    if (typeIndex != m_typeIndex)
        return;
    const int row = rowForId(metric.id);
    if (row < 0)
        return;
    m_metrics[row] = metric;
    m_beforeEdit.remove(metric.id);
    m_errors.remove(metric.id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsageMetricsModel::onMetricCreated(int typeIndex, const UsageMetric &metric)
{
    if (typeIndex != m_typeIndex || rowForId(metric.id) >= 0)
        return;
    const int row = static_cast<int>(m_metrics.size());
    beginInsertRows({}, row, row);
    m_metrics.append(metric);
    endInsertRows();
}

void UsageMetricsModel::onMetricDeleted(int typeIndex, const QString &id)
{
    if (typeIndex != m_typeIndex)
        return;
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_metrics.removeAt(row);
    m_beforeEdit.remove(id);
    m_errors.remove(id);
    m_pending.remove(id);
    endRemoveRows();
}

void UsageMetricsModel::onMetricPending(int typeIndex, const QString &id, bool pending)
{
    if (typeIndex != m_typeIndex)
        return;
    int &count = m_pending[id];
    count = std::max(0, count + (pending ? 1 : -1));
    const int row = rowForId(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsageMetricsModel::onEditFailed(const EditFailure &failure)
{
    if (failure.typeIndex != m_typeIndex)
        return;
    const int row = rowForId(failure.objectKey);
    if (row < 0)
        return;
    const auto before = m_beforeEdit.constFind(failure.objectKey);
    if (before != m_beforeEdit.constEnd()) {
        m_metrics[row] = *before;
        m_beforeEdit.erase(before);
    }
    m_errors.insert(failure.objectKey, failure.error.userMessage());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
