#pragma once

#include "apierror.h"
#include "posthogclient.h"
#include "propertydefinition.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

/**
 * Property names known for one group type, sorted by name, for pickers (math property,
 * property columns). DisplayRole is the name; RawValueRole the count (-1 when unknown).
 */
class PropertyDefinitionsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyDefinitionsModel)

public:
    explicit PropertyDefinitionsModel(PostHogClient *client, QObject *parent = nullptr);
    ~PropertyDefinitionsModel() override;

    void setGroupType(int typeIndex);
    int groupType() const { return m_typeIndex; }
    void reload();
    bool isLoading() const { return m_loading; }
    QStringList names() const;
    PropertyDefinition definition(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const ApiError &error);

private:
    QPointer<PostHogClient> m_client;
    int m_typeIndex = -1;
    QList<PropertyDefinition> m_definitions;
    quint64 m_generation = 0;
    bool m_loading = false;
};
