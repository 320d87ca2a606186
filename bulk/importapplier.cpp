#include "importapplier.h"

#include "editjob.h"
#include "editservice.h"
#include "posthogclient.h"

#include <QTimer>

#include <cmath>

namespace {
/// The request may have reached PostHog: only a read-back can tell.
bool outcomeUnknown(ApiError::Kind kind)
{
    return ApiError::isTransient(kind) || kind == ApiError::Kind::Cancelled;
}

bool isDuplicateCreate(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Validation && error.detail().contains(QLatin1String("already exists"));
}
} // namespace

ImportApplier::ImportApplier(EditService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_client(service ? service->client() : nullptr)
{
    if (service) {
        // The service says when PostHog saved a write but failed to send its event.
        connect(service, &EditService::editNotice, this, [this](const QString &message) {
            if (m_inFlight > 0)
                m_notices.append(message);
        });
    }
}

ImportApplier::~ImportApplier()
{
    if (m_client)
        m_client->cancelAll(this);
}

void ImportApplier::start(std::unique_ptr<ImportJournal> journal)
{
    m_journal = std::move(journal);
    m_total = static_cast<int>(m_journal->ops().size());
    m_queue = m_journal->pending();
    m_failures.clear();
    m_attempts.clear();
    m_confirmedThisRun = 0;
    m_runningMs = 0;
    setState(State::Running);
    m_running.start();
    Q_EMIT progress(doneCount(), m_total);
    QTimer::singleShot(0, this, [this] { pump(); });
}

void ImportApplier::pause()
{
    if (m_state != State::Running)
        return;
    m_runningMs += m_running.elapsed();
    setState(State::Paused);
}

void ImportApplier::resume()
{
    if (m_state != State::Paused)
        return;
    m_running.start();
    setState(State::Running);
    pump();
}

void ImportApplier::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (m_state == State::Running)
        m_runningMs += m_running.elapsed();
    setState(State::Cancelled);
}

void ImportApplier::retryFailed()
{
    if (m_state == State::Running || m_state == State::Paused || m_failures.isEmpty() || !m_journal)
        return;
    for (const Failure &failure : std::as_const(m_failures)) {
        m_attempts.remove(failure.op.id);
        m_queue.append(failure.op);
    }
    m_failures.clear();
    m_running.start();
    setState(State::Running);
    pump();
}

int ImportApplier::doneCount() const
{
    return m_journal ? m_journal->doneCount() : 0;
}

double ImportApplier::writesPerMinute() const
{
    const qint64 ms = m_runningMs + (m_state == State::Running ? m_running.elapsed() : 0);
    if (ms < 1000 || m_confirmedThisRun == 0)
        return 0.0;
    return m_confirmedThisRun * 60000.0 / static_cast<double>(ms);
}

std::chrono::seconds ImportApplier::timeLeft() const
{
    const double rate = writesPerMinute();
    if (rate <= 0.0)
        return std::chrono::seconds(-1);
    const int remaining = m_total - doneCount() - static_cast<int>(m_failures.size());
    return std::chrono::seconds(static_cast<qint64>(std::ceil(std::max(0, remaining) * 60.0 / rate)));
}

void ImportApplier::pump()
{
    if (m_state != State::Running)
        return;
    if (!m_service || !m_client) {
        m_brokenReason = tr("The connection was closed.");
        setState(State::Broken);
        return;
    }
    // Look a little ahead for a write whose group is free: a group's writes are adjacent.
    for (int i = 0; i < m_queue.size() && i < 4 * Window && m_inFlight < Window;) {
        if (m_busyKeys.contains(m_queue.at(i).key)) {
            ++i;
            continue;
        }
        const WriteOp op = m_queue.takeAt(i);
        launch(op);
    }
    settle();
}

void ImportApplier::settle()
{
    if (m_inFlight > 0)
        return;
    if (m_state == State::Running && m_queue.isEmpty()) {
        m_runningMs += m_running.elapsed();
        setState(State::Finished);
    }
}

void ImportApplier::launch(const WriteOp &op)
{
    ++m_inFlight;
    m_busyKeys.insert(op.key);
    if (m_needsCheck.contains(op.id) || (m_journal->hasOpenIntent(op.id) && m_attempts.value(op.id) == 0)) {
        // An earlier attempt (or run) sent this write and never learnt the answer.
        reconcile(op, tr("An earlier attempt may have written it."));
        return;
    }
    send(op);
}

void ImportApplier::send(const WriteOp &op)
{
    ++m_attempts[op.id];
    EditJob *job = nullptr;
    switch (op.kind) {
    case WriteOp::Kind::Create: {
        QString error;
        if (!m_journal->recordIntent(op.id, &error)) {
            m_brokenReason = error;
            release(op);
            m_queue.prepend(op);
            setState(State::Broken);
            return;
        }
        job = m_service->createGroup(m_journal->typeIndex(), op.key, op.properties);
        break;
    }
    case WriteOp::Kind::Set:
        job = m_service->setGroupProperty(m_journal->typeIndex(), op.key, op.name, op.value, op.before);
        break;
    case WriteOp::Kind::Unset:
        job = m_service->removeGroupProperty(m_journal->typeIndex(), op.key, op.name, op.before.value_or(QJsonValue()));
        break;
    }
    // The import's undo is its journal, one action; its writes stay off the window's undo stack.
    job->setKeptOffUndoStack(true);
    connect(job, &EditJob::finished, this, [this, op](const EditResult &result) {
        const ApiError &error = result.failure.error;
        if (result.ok()) {
            confirm(op);
        } else if (outcomeUnknown(error.kind()) || (op.kind == WriteOp::Kind::Create && isDuplicateCreate(error))
                   || (op.kind == WriteOp::Kind::Unset && error.kind() == ApiError::Kind::Validation)) {
            // A duplicate create or an unset of a missing property may be our own earlier
            // write that was applied without us hearing the answer: the group tells.
            reconcile(op, error.userMessage());
        } else {
            fail(op, error.userMessage());
        }
    });
}

void ImportApplier::reconcile(const WriteOp &op, const QString &why)
{
    if (!m_client) {
        fail(op, tr("The connection was closed."));
        return;
    }
    m_needsCheck.insert(op.id);
    m_client->findGroup(m_journal->typeIndex(), op.key, this, [this, op, why](const ApiResult<Group> &result) {
        if (result.ok() && op.isReflectedIn(result.value.properties)) {
            // Applied, only the answer was lost (or an earlier run's create went through).
            confirm(op);
            return;
        }
        const bool exists = result.ok();
        if (exists || result.error.kind() == ApiError::Kind::NotFound)
            m_needsCheck.remove(op.id);
        const bool absent = result.error.kind() == ApiError::Kind::NotFound;
        if (!exists && !absent) {
            // Not even the read-back worked: try the whole step again later, or give up.
            if (m_attempts.value(op.id) < Attempts) {
                ++m_attempts[op.id];
                release(op);
                m_queue.append(op);
                pump();
            } else {
                fail(op, why);
            }
            return;
        }
        if (op.kind == WriteOp::Kind::Create && exists) {
            // The group exists but not as the file says: someone else created it since the
            // dry run (an intent of ours would have matched). Never create it again.
            fail(op, tr("A group with this key exists already with other values; run the dry run again."));
            return;
        }
        if (m_attempts.value(op.id) >= Attempts) {
            fail(op, why);
            return;
        }
        send(op);
    });
}

void ImportApplier::confirm(const WriteOp &op)
{
    m_needsCheck.remove(op.id);
    QString error;
    if (!m_journal->recordDone(op.id, &error)) {
        m_brokenReason = error;
        release(op);
        setState(State::Broken);
        return;
    }
    ++m_confirmedThisRun;
    release(op);
    Q_EMIT writeFinished(op, true, QString());
    Q_EMIT progress(doneCount(), m_total);
    pump();
    settle();
}

void ImportApplier::fail(const WriteOp &op, const QString &reason)
{
    QString error;
    m_journal->recordFailed(op.id, reason, &error); // informational: a lost line costs nothing
    m_failures.append({op, reason});
    release(op);
    Q_EMIT writeFinished(op, false, reason);
    Q_EMIT progress(doneCount(), m_total);
    pump();
    settle();
}

void ImportApplier::release(const WriteOp &op)
{
    --m_inFlight;
    m_busyKeys.remove(op.key);
}

void ImportApplier::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
