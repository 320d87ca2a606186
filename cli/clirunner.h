#pragma once

#include "apiresult.h"
#include "clioptions.h"
#include "connectionsettings.h"
#include "group.h"
#include "outputformatter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>
#include <QUrl>

#include <memory>

class PostHogClient;
class PostHogSession;
struct UsageMetric;

/**
 * Runs one groupdesk-cli command: resolves the connection (flags, environment, profile
 * and keychain), sends the request(s) through PostHogClient's typed calls and prints the
 * server's answer as sent (ApiResult::raw), so json output is PostHog's own JSON.
 *
 * Asynchronous like the library below it: start() returns at once and finished() is
 * emitted exactly once with the process exit code. Errors go to stderr as one line.
 * The API key is never printed.
 */
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void startWithKey(ConnectionSettings settings);
    /// The client with the key and/or the web session CliSessionCommand found.
    void startClient(const ConnectionSettings &settings, PostHogSession *session);
    void runCommand();

    void typesList();
    void typesRename();
    void typesDelete();
    void groupsList();
    /// One page of groups list; `next` empty means the first page.
    void groupsListPage(const GroupQuery &query, const QUrl &next);
    /// Prints one page of a paged listing as it arrives (each page is printed and dropped),
    /// up to m_limit rows (0 = all). False when the listing ended or failed (finish() called),
    /// true when the caller should fetch the next page.
    bool printPage(const QJsonValue &page, bool hasMore);
    /// Reads --limit / --all into m_limit (default: one page of 100); false after a usage error.
    bool parseLimit();
    void groupsFind();
    /// groups/find for `key` in m_typeIndex, printed as one object.
    void findAndPrint(const QString &key);
    /// printObject() for group create/set/unset, which warns about a saved write whose
    /// follow-up event failed (ApiResult::notice).
    void printGroupWrite(const ApiResult<Group> &result);
    void groupsCreate();
    void groupsSetProperty();
    void groupsUnsetProperty();
    void groupsPropertyValues();
    void groupsPropertyDefinitions();
    void groupsActivity();
    void groupsActivityPage(const QString &key, int page);
    void groupsRelated();
    /// groups import: CliImportCommand does the work.
    void groupsImport();
    /// groups query / groups metrics (CliQueryCommand).
    void queryCommand();
    void metricsList();
    void metricsDelete();
    void metricsCreate();
    void metricsUpdate();
    /// Applies --name, --metric-format, --display, --math, --math-property, --interval and
    /// --filters to `metric`; `changes` (optional) receives just those fields as JSON. False
    /// after a usage error.
    bool readMetricOptions(UsageMetric *metric, QJsonObject *changes);

    /// --type as a group type index 0-4; reports a usage error and returns false otherwise.
    bool typeIndex(int *index);
    /// Exactly `count` positional arguments, else a usage error.
    bool expectPositional(int count, const QString &names);
    bool requireYes(const QString &what);
    /// Prints a list result as the server sent it (a bare array or an envelope's `results`)
    /// and finishes; on failure reports the error instead.
    template<typename T>
    void printList(const ApiResult<T> &result)
    {
        if (!failed(result))
            printRows(result.raw);
    }
    /// Prints a single object result as the server sent it and finishes, or reports the error.
    template<typename T>
    void printObject(const ApiResult<T> &result)
    {
        if (!failed(result))
            printRawObject(result.raw);
    }
    /// True when the call failed (then the error was reported and finish() called).
    template<typename T>
    bool failed(const ApiResult<T> &result)
    {
        return failed(result.error);
    }
    bool failed(const ApiError &error);
    void printRows(const QJsonValue &list);
    void printRawObject(const QJsonValue &object);

    void usageError(const QString &message);
    void apiError(const ApiError &error);
    void finish(int code);

    static QJsonValue parseValue(const QString &text);
    /// The rows of a list answer: a bare array, or the `results` of an envelope.
    static QList<QJsonObject> objects(const QJsonValue &list);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    OutputFormatter m_formatter;
    std::unique_ptr<PostHogClient> m_client;
    int m_typeIndex = 0;
    qint64 m_limit = 0; ///< 0 = one page (or everything with --all)
    qint64 m_printed = 0;
    QJsonObject m_firstRow; ///< first row of the first page: seeing it again means the server restarted
    bool m_finished = false;
};
