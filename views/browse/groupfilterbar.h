#pragma once

#include "grouppropertyfilter.h"
#include "queryaccess.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class GroupsModel;
class PostHogClient;
class QComboBox;
class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

/**
 * Property filters for the groups table (query mode): property, operator and value (with
 * the property's top values as suggestions), added with Enter or "Add filter" and shown as
 * removable chips. The filters go to GroupsModel::setFilters() and are remembered per
 * connection and group type. The bar also says where rows come from (query API or REST
 * list, and why) and how many groups match on the server.
 *
 * In REST mode the inputs are disabled: the REST list cannot filter on properties.
 */
class GroupFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupFilterBar)

public:
    GroupFilterBar(PostHogClient *client, GroupsModel *model, QWidget *parent = nullptr);
    ~GroupFilterBar() override;

    /// Loads the remembered filters of `typeIndex` into the model (call before the model
    /// loads the type, so the first page is already filtered).
    void setGroupType(int typeIndex);
    QList<GroupPropertyFilter> filters() const { return m_filters; }
    /// Adds a filter as if typed (tests, menus); false with a message when it is invalid.
    bool addFilter(const GroupPropertyFilter &filter);
    void removeFilter(int index);

    QComboBox *propertyBox() const { return m_property; }
    QComboBox *operatorBox() const { return m_operator; }
    QLineEdit *valueField() const { return m_value; }
    QLabel *modeLabel() const { return m_mode; }
    QLabel *totalLabel() const { return m_total; }
    /// The chip buttons, in filter order.
    QList<QPushButton *> chips() const { return m_chips; }

private:
    void addFromInputs();
    void rebuildChips();
    void apply();
    void updateMode();
    void updateTotal();
    void updateValueEnabled();
    void requestSuggestions();
    void refreshPropertyNames();
    QString settingsKey() const;

    QPointer<PostHogClient> m_client;
    GroupsModel *m_model;
    QComboBox *m_property;
    QComboBox *m_operator;
    QLineEdit *m_value;
    QPushButton *m_add;
    QLabel *m_mode;
    QLabel *m_total;
    QLabel *m_message;
    QHBoxLayout *m_chipRow;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QList<QPushButton *> m_chips;
    QList<GroupPropertyFilter> m_filters;
    QTimer m_suggestTimer;
    int m_typeIndex = -1;
};
