#pragma once

#include "apierror.h"
#include "posthogclient.h"
#include "propertycount.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

/**
 * Top values (at most 20) of one group property with their counts, for filter
 * completion. DisplayRole "value (count)" in column 0; RawValueRole the value text;
 * Qt::UserRole the count. A new query drops the answer of the previous one.
 */
class PropertyValuesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyValuesModel)

public:
    explicit PropertyValuesModel(PostHogClient *client, QObject *parent = nullptr);
    ~PropertyValuesModel() override;

    void setQuery(int typeIndex, const QString &property, const QString &contains = {});
    bool isLoading() const { return m_loading; }
    QList<PropertyCount> values() const { return m_values; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const ApiError &error);

private:
    QPointer<PostHogClient> m_client;
    QList<PropertyCount> m_values;
    quint64 m_generation = 0;
    bool m_loading = false;
};
