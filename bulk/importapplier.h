#pragma once

#include "importjournal.h"
#include "writeop.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>
#include <memory>

class EditService;
class PostHogClient;

/**
 * Sends a journal's pending writes through EditService (so the client's rate limiter,
 * retry policy and capture-failure handling apply, and open views stay in step), recording
 * each confirmed write in the journal before the next one starts.
 *
 * Never repeats a confirmed write: a write whose outcome is unknown (connection lost or
 * answer unreadable after the client's own retries, or a create recorded as intent by an
 * earlier run) is checked by reading the group back (groups/find) before it is sent again,
 * and a create is sent again only when the group does not exist. Two writes to one group are
 * never in flight together (PostHog rewrites the whole property set per write).
 *
 * Pause stops starting writes (those in flight finish); cancel does the same and ends the
 * run; the journal resumes it later. Failed writes are listed with the reason and can be
 * retried. Lives on the GUI thread, shows no UI.
 */
class ImportApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportApplier)

public:
    enum class State
    {
        Idle,
        Running,
        Paused,
        Cancelled,
        Finished, ///< every write done or failed (see failures())
        Broken,   ///< the journal cannot be written: stopped so nothing unrecorded is sent
    };
    struct Failure
    {
        WriteOp op;
        QString reason;
    };

    /// Writes in flight at once; the client's concurrency cap and rate limiter do the pacing.
    static constexpr int Window = 8;
    /// Sends of one write (including after a read-back showed it did not happen).
    static constexpr int Attempts = 4;

    ImportApplier(EditService *service, QObject *parent = nullptr);
    ~ImportApplier() override;

    /// Takes the journal and sends its pending writes.
    void start(std::unique_ptr<ImportJournal> journal);
    void pause();
    void resume();
    void cancel();
    /// Sends the failed writes again (after Finished or Cancelled).
    void retryFailed();

    State state() const { return m_state; }
    const ImportJournal *journal() const { return m_journal.get(); }
    int total() const { return m_total; }
    int doneCount() const;
    const QList<Failure> &failures() const { return m_failures; }
    /// Capture-failure notices and similar (the write was saved).
    const QStringList &notices() const { return m_notices; }
    QString brokenReason() const { return m_brokenReason; }
    /// Confirmed writes per minute in this run, over the time it was running.
    double writesPerMinute() const;
    /// At the current rate; -1 while unknown.
    std::chrono::seconds timeLeft() const;

Q_SIGNALS:
    void progress(int done, int total);
    void stateChanged(ImportApplier::State state);
    /// One write ended: done (reason empty) or failed.
    void writeFinished(const WriteOp &op, bool ok, const QString &reason);

private:
    void pump();
    void launch(const WriteOp &op);
    void send(const WriteOp &op);
    /// Reads the group back and decides whether `op` took effect.
    void reconcile(const WriteOp &op, const QString &why);
    void confirm(const WriteOp &op);
    void fail(const WriteOp &op, const QString &reason);
    void release(const WriteOp &op);
    void setState(State state);
    void settle();

    QPointer<EditService> m_service;
    QPointer<PostHogClient> m_client;
    std::unique_ptr<ImportJournal> m_journal;
    QList<WriteOp> m_queue;
    QSet<QString> m_busyKeys;
    QHash<int, int> m_attempts;
    QSet<int> m_needsCheck; ///< writes whose outcome is unknown: read back before sending
    QList<Failure> m_failures;
    QStringList m_notices;
    QString m_brokenReason;
    State m_state = State::Idle;
    int m_total = 0;
    int m_inFlight = 0;
    int m_confirmedThisRun = 0;
    QElapsedTimer m_running;
    qint64 m_runningMs = 0;
};
