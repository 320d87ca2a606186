#include "cliimportcommand.h"

#include "cliexitcode.h"
#include "editservice.h"
#include "importapplier.h"
#include "importjournal.h"
#include "importmapping.h"
#include "importplanner.h"
#include "posthogclient.h"
#include "querycurrentvaluessource.h"
#include "tableparser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

CliImportCommand::CliImportCommand(CliOptions options, PostHogClient *client, int typeIndex, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(client)
    , m_typeIndex(typeIndex)
    , m_out(stdout)
    , m_err(stderr)
    , m_service(std::make_unique<EditService>(client))
{ }

CliImportCommand::~CliImportCommand() = default;

void CliImportCommand::start()
{
    const QString empty = m_options.value(u"empty"_s);
    if (!empty.isEmpty() && empty != "keep"_L1 && empty != "unset"_L1) {
        usageError(tr("--empty takes keep or unset, not \"%1\".").arg(empty));
        return;
    }
    if (m_options.has(u"undo"_s)) {
        undo(m_options.value(u"undo"_s));
        return;
    }
    if (m_options.has(u"resume"_s)) {
        resume(m_options.value(u"resume"_s));
        return;
    }
    planFile();
}

void CliImportCommand::planFile()
{
    const QStringList positional = m_options.positional();
    if (positional.size() != 1) {
        usageError(tr("groups import needs one FILE (CSV or TSV), or --resume/--undo JOURNAL."));
        return;
    }
    const TableParser::Table table = TableParser::readFile(positional.first());
    if (!table.error.isEmpty()) {
        fail(static_cast<int>(CliExitCode::Usage), table.error);
        return;
    }
    ImportMapping mapping = ImportMapping::fromTable(table, m_options.value(u"key-column"_s));
    if (m_options.value(u"empty"_s) == "unset"_L1)
        mapping.emptyCells = ImportMapping::EmptyCells::Unset;
    if (!mapping.problem().isEmpty()) {
        usageError(mapping.problem());
        return;
    }
    const QList<DesiredGroup> desired = ImportPlanner::desired(table, mapping);
    const QStringList keys = ImportPlanner::keysToRead(desired);
    auto *source = new QueryCurrentValuesSource(m_client, this);
    m_source = source;
    const int keyCount = static_cast<int>(keys.size());
    // Which way the values are read, on stderr (stdout is the plan); again when the query API
    // turns out closed to this key, with the time groups/find takes.
    m_err << source->describe(keyCount) << Qt::endl;
    connect(source, &CurrentValuesSource::methodChanged, this,
            [this, source, keyCount] { m_err << source->describe(keyCount) << Qt::endl; });
    connect(source, &CurrentValuesSource::finished, this, [this, desired](const CurrentValues &values) {
        if (!values.error.isOk()) {
            fail(static_cast<int>(exitCodeFor(values.error.kind())), values.error.userMessage());
            return;
        }
        m_plan = ImportPlanner::plan(m_typeIndex, desired, values);
        m_havePlan = true;
        onPlanned();
    });
    source->start(m_typeIndex, keys);
}

void CliImportCommand::onPlanned()
{
    const bool anyInvalid = m_plan.count(PlannedGroup::Action::Invalid) > 0;
    if (m_options.has(u"dry-run"_s)) {
        for (const PlannedGroup &group : std::as_const(m_plan.groups))
            printLine(group.toJson());
        m_err << tr("Plan: %1 to create, %2 to update, %3 unchanged, %4 invalid.")
                     .arg(m_plan.count(PlannedGroup::Action::Create))
                     .arg(m_plan.count(PlannedGroup::Action::Update))
                     .arg(m_plan.count(PlannedGroup::Action::Unchanged))
                     .arg(m_plan.count(PlannedGroup::Action::Invalid))
              << Qt::endl;
        finish(anyInvalid ? static_cast<int>(CliExitCode::Validation) : 0);
        return;
    }
    const QString path = m_options.has(u"journal"_s) ? m_options.value(u"journal"_s) : ImportJournal::newPath();
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->create(path, m_typeIndex, QFileInfo(m_options.positional().first()).absoluteFilePath(),
                         m_plan.writes(), &error)) {
        fail(static_cast<int>(CliExitCode::Failure), error);
        return;
    }
    m_err << tr("Journal: %1 (resume with --resume, undo with --undo)").arg(path) << Qt::endl;
    apply(std::move(journal));
}

void CliImportCommand::resume(const QString &path)
{
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->open(path, &error)) {
        fail(static_cast<int>(CliExitCode::Usage), error);
        return;
    }
    m_err << tr("Resuming %1: %2 of %3 writes already done.")
                 .arg(path)
                 .arg(journal->doneCount())
                 .arg(journal->ops().size())
          << Qt::endl;
    apply(std::move(journal));
}

void CliImportCommand::undo(const QString &path)
{
    ImportJournal done;
    QString error;
    if (!done.open(path, &error)) {
        fail(static_cast<int>(CliExitCode::Usage), error);
        return;
    }
    m_undoing = true;
    const QStringList created = done.createdKeys();
    if (!created.isEmpty()) {
        m_err << tr("PostHog cannot delete groups; the import created these, which stay: %1").arg(created.join(u", "_s))
              << Qt::endl;
    }
    // The undo is an import of its own with its own journal, so it resumes the same way.
    const QString undoPath = path + u".undo"_s;
    auto journal = std::make_unique<ImportJournal>();
    const bool ok = QFileInfo::exists(undoPath)
                        ? journal->open(undoPath, &error)
                        : journal->create(undoPath, done.typeIndex(), path, done.undoWrites(), &error);
    if (!ok) {
        fail(static_cast<int>(CliExitCode::Failure), error);
        return;
    }
    m_err << tr("Undo journal: %1").arg(undoPath) << Qt::endl;
    apply(std::move(journal));
}

void CliImportCommand::apply(std::unique_ptr<ImportJournal> journal)
{
    m_applier = new ImportApplier(m_service.get(), this);
    connect(m_applier, &ImportApplier::writeFinished, this, [this](const WriteOp &op, bool ok, const QString &reason) {
        if (!ok)
            m_errorsByKey[op.key].append(reason);
        if (!m_havePlan) {
            QJsonObject line = op.toJson();
            line.remove(u"id"_s);
            line.insert(u"outcome"_s, ok ? u"done"_s : u"failed"_s);
            if (!ok)
                line.insert(u"error"_s, reason);
            printLine(line);
        }
    });
    connect(m_applier, &ImportApplier::progress, this, [this](int done, int total) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgressMs < 10000 && done < total)
            return;
        m_lastProgressMs = now;
        const qint64 left = m_applier->timeLeft().count();
        m_err << tr("%1 of %2 writes done, %3 per minute%4")
                     .arg(done)
                     .arg(total)
                     .arg(m_applier->writesPerMinute(), 0, 'f', 0)
                     .arg(left >= 0 ? tr(", about %1 s left").arg(left) : QString())
              << Qt::endl;
    });
    connect(m_applier, &ImportApplier::stateChanged, this, [this](ImportApplier::State state) {
        if (state == ImportApplier::State::Finished || state == ImportApplier::State::Broken)
            onApplied();
    });
    m_applier->start(std::move(journal));
}

void CliImportCommand::onApplied()
{
    if (m_applier->state() == ImportApplier::State::Broken) {
        fail(static_cast<int>(CliExitCode::Failure), m_applier->brokenReason());
        return;
    }
    for (const QString &notice : m_applier->notices())
        m_err << "groupdesk-cli: warning: " << notice << Qt::endl;
    if (m_havePlan) {
        for (const PlannedGroup &group : std::as_const(m_plan.groups)) {
            QJsonObject line = group.toJson();
            QString outcome;
            switch (group.action) {
            case PlannedGroup::Action::Invalid:
                outcome = u"skipped"_s;
                break;
            case PlannedGroup::Action::Unchanged:
                outcome = u"unchanged"_s;
                break;
            default:
                outcome = m_errorsByKey.contains(group.key) ? u"failed"_s : u"done"_s;
                break;
            }
            line.insert(u"outcome"_s, outcome);
            if (m_errorsByKey.contains(group.key))
                line.insert(u"error"_s, m_errorsByKey.value(group.key).join(u"; "_s));
            printLine(line);
        }
    }
    const int failures = static_cast<int>(m_applier->failures().size());
    if (failures > 0) {
        fail(static_cast<int>(CliExitCode::Failure),
             tr("%n write(s) failed; run again with --resume %1 to retry them.", nullptr, failures)
                 .arg(m_applier->journal()->path()));
        return;
    }
    const bool anyInvalid = m_havePlan && m_plan.count(PlannedGroup::Action::Invalid) > 0;
    finish(anyInvalid ? static_cast<int>(CliExitCode::Validation) : 0);
}

void CliImportCommand::printLine(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void CliImportCommand::usageError(const QString &message)
{
    m_err << "groupdesk-cli: usage: " << message << Qt::endl;
    finish(static_cast<int>(CliExitCode::Usage));
}

void CliImportCommand::fail(int code, const QString &message)
{
    m_err << "groupdesk-cli: " << message << Qt::endl;
    finish(code);
}

void CliImportCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}
