#pragma once

#include "currentvalues.h"

#include <QObject>
#include <QStringList>

#include <chrono>

/**
 * Reads the server's properties of the groups a dry run needs. Asynchronous: start(), then
 * progress() any number of times and finished() exactly once (also after cancel()).
 *
 * Two ways exist: one groups/find per key under the client's rate limiter
 * (FindCurrentValuesSource), or a few large requests to the query API where the key allows
 * it; the wizard and the CLI only see this interface.
 */
class CurrentValuesSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentValuesSource)

public:
    explicit CurrentValuesSource(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~CurrentValuesSource() override = default;

    virtual void start(int typeIndex, const QStringList &keys) = 0;
    virtual void cancel() = 0;
    /// How long reading `keyCount` groups takes at the client's request budget (so the user
    /// can decide before waiting).
    virtual std::chrono::seconds estimate(int keyCount) const = 0;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const CurrentValues &values);
};
