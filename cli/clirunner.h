#pragma once

#include "clioptions.h"
#include "connectionsettings.h"
#include "outputformatter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class ApiError;
class ApiJob;
class PostHogClient;

/**
 * Runs one groupdesk-cli command: resolves the connection (flags, environment, profile
 * and keychain), sends the request(s) through PostHogClient and prints the result.
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
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void startWithKey(ConnectionSettings settings);
    void runCommand();

    void typesList();
    void typesRename();
    void typesDelete();
    void groupsList();
    /// Prints the pages of a list endpoint as they arrive, following `next` until the end or
    /// m_limit rows (0 = all); `next` empty means the first page from `path` + `query`.
    void streamPages(const QString &path, const QUrlQuery &query, const QUrl &next);
    /// Reads --limit / --all into m_limit (default: one page of 100); false after a usage error.
    bool parseLimit();
    void groupsFind();
    /// groups/find for `key` in m_typeIndex, printed as one object.
    void findAndPrint(const QString &key);
    /// printObject() for group create/set/unset, which treats a capture failure as done.
    void printGroupWrite(ApiJob *job);
    void groupsCreate();
    void groupsSetProperty();
    void groupsUnsetProperty();
    void groupsPropertyValues();
    void groupsPropertyDefinitions();
    void groupsActivity();
    void groupsRelated();
    /// groups query / groups metrics (CliQueryCommand).
    void queryCommand();
    void metricsList();
    void metricsListPage(const QUrl &next);
    void metricsDelete();
    void metricsCreate();
    void metricsUpdate();

    /// --type as a group type index 0-4; reports a usage error and returns false otherwise.
    bool typeIndex(int *index);
    /// Exactly `count` positional arguments, else a usage error.
    bool expectPositional(int count, const QString &names);
    bool requireYes(const QString &what);
    /// Prints a list result (`results` of an envelope, or a bare array) and finishes.
    void printList(ApiJob *job);
    /// Prints a single object result and finishes.
    void printObject(ApiJob *job);
    /// True when the job failed (then the error was reported and finish() called).
    bool failed(ApiJob *job);

    void usageError(const QString &message);
    void apiError(const ApiError &error);
    void finish(int code);

    static QJsonValue parseValue(const QString &text);
    static QList<QJsonObject> objects(const QJsonArray &array);

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
