#pragma once

#include <QString>
#include <QWidget>

class PostHogClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UsageMetricValuesModel;

/**
 * "Preview for group": the usage metric values of one chosen group (UsageMetricsQuery),
 * under the metrics tab's table, so a metric can be checked against real data as soon as
 * it is saved. The table is the group detail pane's (UsageMetricValuesModel); the summary
 * line names the metric just saved with its value, previous period and change.
 *
 * After a save the values are asked for with `force_blocking`: PostHog answers a blocking
 * UsageMetricsQuery from its cache, which does not know the new or changed metric yet.
 */
class UsageMetricPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMetricPreview)

public:
    explicit UsageMetricPreview(PostHogClient *client, QWidget *parent = nullptr);
    ~UsageMetricPreview() override;

    /// Another group type: the key stays (keys often repeat across types), values reload.
    void setGroupType(int index);
    /// Shows the values of group `key` (as if typed and confirmed).
    void setGroupKey(const QString &key);
    QString groupKey() const;

    /// A metric of this type was saved (created or changed): recalculates and names it in
    /// the summary line once its values are in. Deleted metrics pass an empty id.
    void showSaved(const QString &metricId, const QString &metricName);

    UsageMetricValuesModel *model() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void load(bool forceRefresh);
    void onLoaded();
    void updateStatus();
    QString statusText() const;

    UsageMetricValuesModel *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_show = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    int m_typeIndex = -1;
    QString m_savedId;   ///< the metric to name in the summary when values arrive
    QString m_savedName; ///< its name, for the line while loading
};
