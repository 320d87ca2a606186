#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "editservice.h"
#include "group.h"
#include "grouppropertyfilter.h"
#include "groupsmodelrow.h"
#include "groupsmodelrows.h"
#include "posthogclient.h"
#include "propertypacker.h"
#include "queryaccess.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class GroupsQueryFetcher;

/**
 * Groups of one type, loaded lazily page by page (cursor paging, docs/posthog-api-contract.md §1.1).
 *
 * Paging: canFetchMore()/fetchMore() append one page at a time; at most one page request
 * is in flight. Every reset (new type, search, filter, reload) bumps a generation number,
 * so a reply for an older generation is dropped instead of mixing results. A failed or
 * throttled page keeps the cursor: the next fetchMore() asks for the same page again,
 * so no row is lost or duplicated.
 *
 * Columns: DisplayName (the `name` property, else the key), Key, FirstSeen, then one per
 * property column. DisplayRole is formatted text, RawValueRole the raw value for sorting.
 *
 * Two sources (docs/posthog-session-and-query.md section 3): the query API when the key may use it
 * (GroupsQueryFetcher: server-side sort on sort(), property filters, a count of matching
 * groups, small pages while scrolling and large ones for loadAll()), else the REST list,
 * whose loaded rows sort() orders on a worker thread. The first query decides: a missing
 * `query:read` scope or an older server switches to REST for good (queryAccessChanged()).
 *
 * Storage is compact (key, packed properties with interned names, creation time per row;
 * no per-row index) so a million rows stay cheap; pages are appended with beginInsertRows().
 *
 * The GUI thread stays responsive (no slice over ~16 ms): a large page (Load all, export) is
 * packed into rows on a pool thread and then inserted in chunks of a few milliseconds each,
 * yielding to the event loop in between. The page counts as loading until its last chunk is
 * in, so no other page is asked for meanwhile; a reset bumps the generation, which drops a
 * pack still running and the chunks not yet inserted. During Load all every page is packed
 * that way, REST's 100-row pages too.
 */
class GroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsModel)

public:
    enum Column
    {
        DisplayName = 0,
        Key,
        FirstSeen,
        ColumnFixedCount
    };
    Q_ENUM(Column)

    explicit GroupsModel(PostHogClient *client, EditService *edits, QObject *parent = nullptr);
    ~GroupsModel() override;

    /// Resets to the first page of another type; its `default_columns` choose the property
    /// columns (see DefaultColumns::propertiesOf()).
    void setGroupType(int typeIndex, const QStringList &defaultColumns = {});
    int groupType() const { return m_query.typeIndex; }
    /// Server-side search; resets the model.
    void setSearch(const QString &text);
    QString search() const { return m_query.search; }
    /// Server-side key substring filter (`group_key`); resets the model.
    void setKeyContains(const QString &text);
    QString keyContains() const { return m_query.keyContains; }

    QStringList propertyColumns() const { return m_propertyColumns; }
    void setPropertyColumns(const QStringList &names);
    /// Union of the property names of the loaded groups (sorted).
    QStringList knownPropertyNames() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// A page is on the wire, being packed or being inserted.
    bool isLoading() const { return m_inFlight; }
    int loadedCount() const { return static_cast<int>(m_rows.size()); }
    /// More pages on the server (or the first page not asked for yet).
    bool hasMore() const { return !m_atEnd; }
    /// The last page request failed; fetchMore() retries it.
    ApiError lastError() const { return m_lastError; }

    /// Fetches pages back to back until the end, emitting loadAllProgress().
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    /// Drops every row and starts again from the first page.
    void reload();

    // --- query API browsing (see class comment) --------------------------------------
    /// Where rows come from and why.
    QueryAccess queryAccess() const { return m_access; }
    bool isQueryMode() const { return m_access.isQuery(); }
    /// Never use the query API (tests of REST paging, or a user's choice); resets the model.
    void setForceRest(bool force);
    /// Property filters (query mode only; ANDed with the search); resets the model.
    void setFilters(const QList<GroupPropertyFilter> &filters);
    QList<GroupPropertyFilter> filters() const { return m_filters; }
    /// Groups matching the type, filters and search on the server; -1 while unknown or in
    /// REST mode.
    qint64 totalMatches() const { return m_total; }
    /// Query mode: the server sorts (the model reloads). REST mode: the loaded rows are
    /// sorted on a worker thread and rearranged when done (sortFinished()). -1 = server order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const { return m_sortsRunning > 0; }

    Group group(int row) const;
    int rowForKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadedCountChanged(int count);
    void loadAllProgress(int loaded);
    void loadAllFinished(bool cancelled);
    void errorOccurred(const ApiError &error);
    void pageLoaded(int rows);
    void queryAccessChanged(const QueryAccess &access);
    void totalMatchesChanged(qint64 total);
    /// A REST-mode sort finished and the rows are in their new order.
    void sortFinished();

private:
    /// One row, kept small: the group's other fields are not shown.
    using Row = GroupsModelRow;

    /// REST mode's sort result, built on the worker: the rows in their new order and, for
    /// each old row, its new position (to move persistent indexes).
    struct SortedRows
    {
        GroupsModelRows rows;
        std::vector<int> newRowOf;
    };

    /// Pages up to this size are packed and inserted at once (well under a millisecond);
    /// larger ones go through packInBackground().
    static constexpr int SyncPackRows = 256;
    /// GUI-thread time one slice of row insertion may take before yielding to the event loop.
    static constexpr int InsertSliceMs = 8;
    /// Target time of one beginInsertRows()/endInsertRows() chunk; the chunk size adapts to it.
    static constexpr qint64 InsertChunkNs = 3'000'000;

    static QList<Row> packRows(const QList<Group> &groups, PropertyPacker &packer);
    void resetData();
    void requestPage();
    void onPage(quint64 generation, const ApiResult<GroupPage> &result);
    /// Appends a page's groups (both sources) and continues Load all.
    void appendGroups(const QList<Group> &groups);
    /// Packs a large page on a pool thread, then inserts it chunk by chunk (insertPending()).
    void packInBackground(const QList<Group> &groups);
    /// Inserts pending rows for one time slice and schedules the next slice.
    void insertPending();
    /// A page's rows are all in: signals, REST re-sort, and the next Load all page.
    void finishAppend(int rows);
    void onQueryPage(quint64 ticket, const QList<Group> &groups, bool hasMore);
    void onQueryFailed(quint64 ticket, const ApiError &error);
    /// Hands the type, search, filters and sort to the fetcher (query mode).
    void configureFetcher();
    /// The ORDER BY expression of a column in query mode.
    QString orderExpression(int column) const;
    /// REST mode: sorts a snapshot of the rows on a worker thread.
    void sortLoadedRows();
    void applyOrder(SortedRows sorted);
    void onGroupChanged(const Group &group);
    void onPropertyPending(int typeIndex, const QString &key, const QString &name, bool pending);
    void setInFlight(bool inFlight);
    void finishLoadAll(bool cancelled);
    /// Re-reads the interned ids of "name" and the property columns (after new names appear).
    void refreshNameIds();
    QJsonValue propertyValue(const Row &row, int propertyColumn) const;

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    GroupQuery m_query;
    QStringList m_propertyColumns;
    GroupsModelRows m_rows;            ///< chunked: appending never moves the rows already loaded
    QHash<QString, int> m_pendingKeys; ///< group key -> property writes in flight (PendingRole)
    /// Shared with a pack running on a pool thread; a reset starts a new one, so a stale pack
    /// never adds names to the current table.
    std::shared_ptr<PropertyPacker> m_packer = std::make_shared<PropertyPacker>();
    int m_nameId = -1;      ///< interned id of the `name` property
    QList<int> m_columnIds; ///< interned id per property column (-1 = no row has it)
    QUrl m_next;            ///< cursor of the next page; empty before the first page
    bool m_atEnd = false;
    bool m_inFlight = false;
    bool m_loadingAll = false;
    bool m_typeSet = false;
    quint64 m_generation = 0;
    QPointer<ApiJob> m_job;
    ApiError m_lastError;

    GroupsQueryFetcher *m_fetcher = nullptr;
    QueryAccess m_access = QueryAccess::available(); ///< assumed until the server says otherwise
    QList<GroupPropertyFilter> m_filters;
    qint64 m_total = -1;
    quint64 m_pageTicket = 0;
    int m_sortColumn = -1;
    QString m_sortExpression; ///< query mode: chosen from the rows loaded when the header was clicked
    int m_queryOffset = 0;    ///< query mode: rows received so far (the next page's offset)
    bool m_appending = false; ///< inside appendGroups(): a fetchMore() now would ask for the same rows
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_rowsRevision = 0; ///< bumped whenever rows are added or dropped
    int m_sortsRunning = 0;
    bool m_forceRest = false;
    QList<Row> m_pendingRows;    ///< packed rows of the current page not yet inserted
    qsizetype m_pendingNext = 0; ///< first row of m_pendingRows still to insert
    bool m_packing = false;      ///< a page is being packed or inserted (see class comment)
    int m_chunkRows = SyncPackRows;
};
