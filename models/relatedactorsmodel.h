#pragma once

#include "apierror.h"
#include "posthogclient.h"
#include "relatedactor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

/// Persons and groups related to one group (groups/related). Columns Type, Name/Id, Created.
class RelatedActorsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedActorsModel)

public:
    enum Column
    {
        Type,
        Name,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RelatedActorsModel(PostHogClient *client, QObject *parent = nullptr);
    ~RelatedActorsModel() override;

    void setGroup(int typeIndex, const QString &key);
    void reload();
    bool isLoading() const { return m_loading; }
    RelatedActor actor(int row) const;
    /// Names for related groups' types ("Company" instead of "type 1"), by type index.
    void setGroupTypeNames(const QHash<int, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const ApiError &error);

private:
    void setLoading(bool loading);

    QPointer<PostHogClient> m_client;
    int m_typeIndex = -1;
    QString m_key;
    QList<RelatedActor> m_actors;
    QHash<int, QString> m_typeNames;
    bool m_loading = false;
    quint64 m_generation = 0;
};
