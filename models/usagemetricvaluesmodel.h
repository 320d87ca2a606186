#pragma once

#include "apierror.h"
#include "usagemetricvalue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class PostHogClient;

/**
 * The usage metric values of one group (UsageMetricsQuery, docs/posthog-session-and-query.md
 * section 4.2): metric, value over its last `interval` days, the window before, and the
 * change. Loads on setGroup(); a reply for an earlier group is dropped by generation.
 * Needs `query:read`: without it lastError() says so and the model stays empty.
 */
class UsageMetricValuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMetricValuesModel)

public:
    enum Column
    {
        Metric,
        Value,
        Previous,
        Change,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UsageMetricValuesModel(PostHogClient *client, QObject *parent = nullptr);
    ~UsageMetricValuesModel() override;

    void setGroup(int typeIndex, const QString &key, bool forceRefresh = false);
    /// `forceRefresh`: recalculate on the server (`force_blocking`) instead of taking a cached
    /// answer; for right after a metric of the type was saved.
    void reload(bool forceRefresh = false);
    int typeIndex() const { return m_typeIndex; }
    QString groupKey() const { return m_key; }
    /// Row of the metric with this id, or -1.
    int rowForId(const QString &id) const;
    bool isLoading() const { return m_loading; }
    ApiError lastError() const { return m_error; }
    UsageMetricValue metric(int row) const { return m_values.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);

private:
    void setLoading(bool loading);
    QString formatNumber(const UsageMetricValue &metric, const std::optional<double> &value) const;

    QPointer<PostHogClient> m_client;
    int m_typeIndex = -1;
    QString m_key;
    QList<UsageMetricValue> m_values;
    ApiError m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
};
