#pragma once

#include "apierror.h"
#include "clioptions.h"
#include "groupsquery.h"
#include "outputformatter.h"

#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <functional>

class PostHogClient;

/**
 * `groups query` and `groups metrics` of groupdesk-cli: GroupsQuery and UsageMetricsQuery
 * through the query API (docs/posthog-session-and-query.md sections 3 and 4).
 *
 *   groups query --type INDEX [--select EXPR]... [--where 'PROP OP VALUE']...
 *                [--order-by 'EXPR [asc|desc]']... [--search S] [--limit N | --all] [--count]
 *   groups metrics --type INDEX KEY
 *
 * --all streams: each page (10,000 rows) is printed and dropped. Pages are ordered with a
 * `key` tiebreak so offset paging neither skips nor repeats groups. --count prints one
 * number. CliRunner owns the connection; this class reports through the callbacks.
 */
class CliQueryCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliQueryCommand)

public:
    struct Callbacks
    {
        std::function<void(int code)> finish;
        std::function<void(const ApiError &error)> apiError;
        std::function<void(const QString &message)> usageError;
    };

    CliQueryCommand(PostHogClient *client, const CliOptions &options, QTextStream &out, Callbacks callbacks,
                    QObject *parent = nullptr);
    ~CliQueryCommand() override;

    /// Rows per request with --all (and the most any request asks for).
    static constexpr int StreamPageSize = 10000;

    void runQuery(int typeIndex);
    void runMetrics(int typeIndex);

    /// Builds the query from the options; empty error on success (public for tests).
    static QString buildQuery(const CliOptions &options, int typeIndex, GroupsQuery *query);

private:
    void requestPage();

    QPointer<PostHogClient> m_client;
    CliOptions m_options;
    QTextStream &m_out;
    OutputFormatter m_formatter;
    Callbacks m_callbacks;
    GroupsQuery m_query;
    qint64 m_limit = 100; ///< 0 = everything
    qint64 m_printed = 0;
    bool m_tableLike = false;
};
