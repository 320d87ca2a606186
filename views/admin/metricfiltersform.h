#pragma once

#include <QJsonObject>
#include <QWidget>

class PropertyFiltersEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

/**
 * The `filters` of a usage metric: source events (event names, filter out test
 * accounts) or a data warehouse table (table, timestamp field, key field), plus an
 * advanced raw-JSON view. Form and JSON stay in sync both ways; keys the form does not
 * know (properties, actions, ...) survive form edits because the form only rewrites its
 * own keys.
 */
class MetricFiltersForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricFiltersForm)

public:
    explicit MetricFiltersForm(QWidget *parent = nullptr);
    ~MetricFiltersForm() override;

    void setFilters(const QJsonObject &filters);
    QJsonObject filters() const { return m_filters; }
    /// True while the raw JSON text is not a JSON object (the form then keeps the last good value).
    bool hasJsonError() const { return m_jsonError; }

    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *eventsEdit() const { return m_events; }
    QCheckBox *testAccountsCheck() const { return m_testAccounts; }
    PropertyFiltersEditor *propertyFilters() const { return m_properties; }
    QLineEdit *tableEdit() const { return m_table; }
    QLineEdit *timestampEdit() const { return m_timestamp; }
    QLineEdit *keyEdit() const { return m_key; }
    QPlainTextEdit *jsonEdit() const { return m_json; }

Q_SIGNALS:
    void filtersChanged();

private:
    void fromForm();
    void fromJson();
    void showInForm();
    void showJson();

    QJsonObject m_filters;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_events = nullptr;
    QCheckBox *m_testAccounts = nullptr;
    PropertyFiltersEditor *m_properties = nullptr;
    QLineEdit *m_table = nullptr;
    QLineEdit *m_timestamp = nullptr;
    QLineEdit *m_key = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonStatus = nullptr;
    bool m_updating = false;
    bool m_jsonError = false;
};
