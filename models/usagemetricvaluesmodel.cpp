#include "usagemetricvaluesmodel.h"

#include "modelroles.h"
#include "posthogclient.h"

#include <QLocale>

UsageMetricValuesModel::UsageMetricValuesModel(PostHogClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

UsageMetricValuesModel::~UsageMetricValuesModel()
{
    ++m_generation;
    if (m_client)
        m_client->cancelAll(this);
}

void UsageMetricValuesModel::setGroup(int typeIndex, const QString &key, bool forceRefresh)
{
    m_typeIndex = typeIndex;
    m_key = key;
    reload(forceRefresh);
}

void UsageMetricValuesModel::reload(bool forceRefresh)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_values.clear();
    m_error = ApiError();
    endResetModel();
    if (!m_client || m_key.isEmpty() || m_typeIndex < 0) {
        setLoading(false);
        return;
    }
    setLoading(true);
    m_client->usageMetricValues(
        m_typeIndex, m_key, this,
        [this, generation](const ApiResult<QList<UsageMetricValue>> &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!result.ok()) {
                m_error = result.error;
                Q_EMIT errorOccurred(result.error);
                return;
            }
            if (!result.value.isEmpty()) {
                beginInsertRows({}, 0, int(result.value.size()) - 1);
                m_values = result.value;
                endInsertRows();
            }
            Q_EMIT loaded();
        },
        forceRefresh);
}

void UsageMetricValuesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int UsageMetricValuesModel::rowForId(const QString &id) const
{
    for (qsizetype row = 0; row < m_values.size(); ++row) {
        if (m_values.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int UsageMetricValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int UsageMetricValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageMetricValuesModel::formatNumber(const UsageMetricValue &metric, const std::optional<double> &value) const
{
    if (!value)
        return {};
    const QLocale locale;
    if (metric.format == QLatin1String("currency"))
        return locale.toString(*value, 'f', 2);
    return locale.toString(*value, 'g', 12);
}

QVariant UsageMetricValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageMetricValue &metric = m_values.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Metric:
            return metric.name;
        case Value:
            return metric.value ? QVariant(*metric.value) : QVariant();
        case Previous:
            return metric.previous ? QVariant(*metric.previous) : QVariant();
        case Change:
            return metric.changePercent ? QVariant(*metric.changePercent) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Metric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Metric:
        return role == Qt::ToolTipRole ? tr("%1 over the last %n day(s)", nullptr, metric.interval).arg(metric.name)
                                       : metric.name;
    case Value:
        return formatNumber(metric, metric.value);
    case Previous:
        return formatNumber(metric, metric.previous);
    case Change:
        return metric.changePercent ? metric.changeText() : tr("n/a");
    default:
        return {};
    }
}

QVariant UsageMetricValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Value:
        return tr("Value");
    case Previous:
        return tr("Previous period");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}
