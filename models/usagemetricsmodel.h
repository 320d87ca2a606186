#pragma once

#include "apierror.h"
#include "editservice.h"
#include "posthogclient.h"
#include "usagemetric.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

struct EditFailure;

/**
 * The usage metrics of one group type. Cells are editable in place: setData() applies the
 * change to a copy, checks the changed fields with UsageMetric::validate(Rules::Editor) and,
 * only when valid, hands a PATCH of the changed field to EditService (else editRejected()
 * and false); rules broken by untouched fields never block an edit. Math and
 * MathProperty travel together so a count->sum switch stays valid.
 */
class UsageMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMetricsModel)

public:
    enum Column
    {
        Name,
        Format,
        Interval,
        Display,
        Source,
        Calculation, ///< math: count | sum
        MathProperty,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UsageMetricsModel(PostHogClient *client, EditService *edits, QObject *parent = nullptr);
    ~UsageMetricsModel() override;

    void setGroupType(int typeIndex);
    int groupType() const { return m_typeIndex; }
    void reload();
    bool isLoading() const { return m_loading; }

    UsageMetric metric(int row) const;
    int rowForId(const QString &id) const;
    QList<UsageMetric> metrics() const { return m_metrics; }

    /// Validates, then asks EditService to create it (the row appears once confirmed).
    /// False (with editRejected(-1, field, message)) when invalid.
    bool createMetric(const UsageMetric &metric);
    void deleteMetric(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const ApiError &error);
    void editRejected(int row, const QString &field, const QString &message);

private:
    void setLoading(bool loading);
    void onMetricChanged(int typeIndex, const UsageMetric &metric);
    void onMetricCreated(int typeIndex, const UsageMetric &metric);
    void onMetricDeleted(int typeIndex, const QString &id);
    void onMetricPending(int typeIndex, const QString &id, bool pending);
    void onEditFailed(const EditFailure &failure);

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    int m_typeIndex = -1;
    QList<UsageMetric> m_metrics;
    QHash<QString, UsageMetric> m_beforeEdit; ///< id -> value shown before the pending edit
    QHash<QString, int> m_pending;            ///< id -> writes in flight
    QHash<QString, QString> m_errors;         ///< id -> last failure message
    quint64 m_generation = 0;
    bool m_loading = false;
};
