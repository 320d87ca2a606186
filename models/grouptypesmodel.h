#pragma once

#include "apierror.h"
#include "editservice.h"
#include "grouptype.h"
#include "posthogclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

struct EditFailure;

/**
 * The project's group types (groups_types/). Singular and plural names are editable in
 * place: setData() hands the change to EditService, shows the intended value with
 * PendingRole set, then shows the server's value, or restores the old one (ErrorRole set)
 * when the write fails.
 */
class GroupTypesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTypesModel)

public:
    enum Column
    {
        Index,
        CodeName,
        SingularName,
        PluralName,
        DefaultColumns,
        DetailDashboard,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GroupTypesModel(PostHogClient *client, EditService *edits, QObject *parent = nullptr);
    ~GroupTypesModel() override;

    /// Drops the rows and lists the types again.
    void reload();
    bool isLoading() const { return m_loading; }

    GroupType groupType(int row) const;
    int rowForIndex(int typeIndex) const;
    QList<GroupType> groupTypes() const { return m_types; }

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

private:
    void setLoading(bool loading);
    void onTypeChanged(const GroupType &type);
    void onTypesChanged(const QList<GroupType> &types);
    void onTypeDeleted(int typeIndex);
    void onTypePending(int typeIndex, bool pending);
    void onEditFailed(const EditFailure &failure);
    void emitRowChanged(int row);

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    QList<GroupType> m_types;
    QHash<int, GroupType> m_beforeEdit; ///< type index -> value shown before the pending edit
    QHash<int, int> m_pendingCount;     ///< type index -> writes in flight
    QHash<int, QString> m_errors;       ///< type index -> last failure message
    quint64 m_generation = 0;
    bool m_loading = false;
};
