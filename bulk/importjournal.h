#pragma once

#include "writeop.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

/**
 * An import's writes and what became of them, on disk, so that quitting, a crash or a lost
 * network never repeats a confirmed write and never creates a group twice.
 *
 * Append-only JSON lines, flushed after each line: a header, every planned write (with its
 * before-value, for undo), then `intent` before a create is sent and `done` once a write is
 * confirmed (`failed` records the last reason). A create with an intent and no `done` may or
 * may not have reached PostHog; the applier reads the group back before deciding. A torn
 * last line (a crash mid-write) is ignored.
 *
 * Journals live in the app's data folder (QStandardPaths::AppDataLocation)/imports unless a
 * path is given.
 */
class ImportJournal
{
public:
    ImportJournal();
    ~ImportJournal();
    Q_DISABLE_COPY_MOVE(ImportJournal)

    static QString defaultDirectory();
    /// A new file name in defaultDirectory() (import-<UTC time>.jsonl).
    static QString newPath();
    /// Journals in defaultDirectory() with writes not yet done, newest first.
    static QStringList unfinished();

    /// Starts a journal at `path` (which must not exist) with these writes.
    bool create(const QString &path, int typeIndex, const QString &source, const QList<WriteOp> &ops, QString *error);
    /// Reads an existing journal and keeps it open for appending.
    bool open(const QString &path, QString *error);

    QString path() const { return m_path; }
    int typeIndex() const { return m_typeIndex; }
    QString source() const { return m_source; }
    const QList<WriteOp> &ops() const { return m_ops; }
    bool isDone(int id) const { return m_done.contains(id); }
    /// A create was sent (or about to be) and not confirmed.
    bool hasOpenIntent(int id) const { return m_intents.contains(id) && !m_done.contains(id); }
    QString failure(int id) const { return m_failures.value(id); }
    int doneCount() const { return static_cast<int>(m_done.size()); }
    bool isComplete() const { return m_done.size() == m_ops.size(); }
    /// The writes not confirmed yet, in order.
    QList<WriteOp> pending() const;
    /// Keys of the groups this import created (confirmed).
    QStringList createdKeys() const;
    /// The writes that undo the confirmed ones, newest first, numbered from 1. Creates have no
    /// inverse (PostHog cannot delete a group): see createdKeys().
    QList<WriteOp> undoWrites() const;

    bool recordIntent(int id, QString *error);
    bool recordDone(int id, QString *error);
    bool recordFailed(int id, const QString &reason, QString *error);

private:
    bool append(const QJsonObject &line, QString *error);

    std::unique_ptr<QFile> m_file;
    QString m_path;
    int m_typeIndex = 0;
    QString m_source;
    QList<WriteOp> m_ops;
    QList<int> m_doneOrder;
    QSet<int> m_done;
    QSet<int> m_intents;
    QHash<int, QString> m_failures;
};
