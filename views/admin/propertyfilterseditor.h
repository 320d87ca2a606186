#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

/**
 * Event property filters of a usage metric (`filters.properties`): one row per filter
 * with property key, operator and value, in PostHog's shape
 * {"key", "operator", "value", "type": "event"}. Entries it cannot show as a row
 * (groups of filters, cohorts, ...) are kept untouched and appended on output.
 */
class PropertyFiltersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyFiltersEditor)

public:
    explicit PropertyFiltersEditor(QWidget *parent = nullptr);
    ~PropertyFiltersEditor() override;

    void setFilters(const QJsonArray &properties);
    QJsonArray filters() const;

    QTableWidget *table() const { return m_table; }

    /// PostHog property operators offered in the operator column.
    static QStringList operators();

public Q_SLOTS:
    void addRow(const QString &key = QString(), const QString &op = QStringLiteral("exact"),
                const QString &value = QString());
    void removeSelected();

Q_SIGNALS:
    void filtersChanged();

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QJsonArray m_opaque; ///< entries the table cannot represent
    bool m_updating = false;
};
