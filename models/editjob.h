#pragma once

#include "editresult.h"

#include <QObject>
#include <QString>

/**
 * One edit call's request, as the caller sees it: EditService returns it from every edit
 * call, and finished() reports that edit's outcome only, so a dialog waits for its own save
 * instead of filtering the service's broadcast signals (which every panel's edits raise).
 *
 * Contract: finished() is emitted exactly once, never before the edit call that returned the
 * job has returned, and also when the service is destroyed while the request runs (then with
 * ApiError::Kind::Cancelled). The service owns the job and deletes it later after finished();
 * keep it as QPointer if you keep it at all. Undo and redo requests have no job.
 */
class EditJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditJob)

public:
    explicit EditJob(QString description, QObject *parent = nullptr);
    ~EditJob() override;

    QString description() const { return m_description; }
    bool isFinished() const { return m_finished; }
    /// Valid once finished.
    const EditResult &result() const { return m_result; }

    /// Used by EditService: emits finished() unless already finished, then deletes the job later.
    void finish(const EditResult &result);

    /// A bulk import's write: confirmed, it does not go on the undo stack (the import has its
    /// own journal-based undo, one action; 2,000 writes would bury the user's own edits).
    /// Set it right after the edit call; the job is confirmed later, never inside the call.
    void setKeptOffUndoStack(bool off) { m_keptOffUndoStack = off; }
    bool isKeptOffUndoStack() const { return m_keptOffUndoStack; }

Q_SIGNALS:
    void finished(const EditResult &result);

private:
    QString m_description;
    EditResult m_result;
    bool m_finished = false;
    bool m_keptOffUndoStack = false;
};
