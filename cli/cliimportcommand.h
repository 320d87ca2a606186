#pragma once

#include "clioptions.h"
#include "importplan.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class CurrentValuesSource;
class EditService;
class ImportApplier;
class ImportJournal;
class PostHogClient;

/**
 * `groupdesk-cli groups import --type INDEX FILE [--key-column NAME] [--dry-run]
 * [--empty unset|keep] [--journal PATH] | --resume PATH | --undo PATH`.
 *
 * Dry run: prints the plan as JSON lines (key, action, changes or reason) and exits 0, or 6
 * when a row is invalid. Otherwise it applies the plan through EditService with a journal
 * (printed on stderr) and prints the same objects with `outcome`; --resume continues a
 * journal, --undo restores the before-values a journal recorded (groups it created are
 * listed on stderr: PostHog cannot delete groups). Output is always JSON lines.
 */
class CliImportCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliImportCommand)

public:
    CliImportCommand(CliOptions options, PostHogClient *client, int typeIndex, QObject *parent = nullptr);
    ~CliImportCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void planFile();
    void onPlanned();
    void apply(std::unique_ptr<ImportJournal> journal);
    void onApplied();
    void resume(const QString &path);
    void undo(const QString &path);
    void printLine(const QJsonObject &object);
    void usageError(const QString &message);
    void fail(int code, const QString &message);
    void finish(int code);

    CliOptions m_options;
    PostHogClient *m_client = nullptr;
    int m_typeIndex = 0;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<EditService> m_service;
    CurrentValuesSource *m_source = nullptr;
    ImportApplier *m_applier = nullptr;
    ImportPlan m_plan;
    bool m_havePlan = false;
    bool m_undoing = false;
    QHash<QString, QStringList> m_errorsByKey;
    qint64 m_lastProgressMs = 0;
    bool m_finished = false;
};
