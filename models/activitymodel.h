#pragma once

#include "activityentry.h"
#include "apierror.h"
#include "posthogclient.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

/**
 * The activity log of one group, newest first, paged (groups/activity, page + limit)
 * through canFetchMore()/fetchMore(), one page in flight at most; a generation number
 * drops pages of a previous group.
 */
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column
    {
        When,
        Who,
        Activity,
        Summary,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivityModel(PostHogClient *client, QObject *parent = nullptr);
    ~ActivityModel() override;

    void setGroup(int typeIndex, const QString &key);
    void reload();
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    bool isLoading() const { return m_loading; }
    int totalCount() const { return m_totalCount; }
    ActivityEntry entry(int row) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void errorOccurred(const ApiError &error);

private:
    void setLoading(bool loading);

    QPointer<PostHogClient> m_client;
    int m_typeIndex = -1;
    QString m_key;
    QList<ActivityEntry> m_entries;
    int m_nextPage = 1;
    int m_pageSize = 20;
    int m_totalCount = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};
