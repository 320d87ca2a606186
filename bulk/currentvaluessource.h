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
    /// How the values are read: many keys per query-API request, or one groups/find per key.
    enum class Method
    {
        Query,
        Find,
    };

    explicit CurrentValuesSource(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~CurrentValuesSource() override = default;

    virtual void start(int typeIndex, const QStringList &keys) = 0;
    virtual void cancel() = 0;
    /// How long reading `keyCount` groups takes at the client's request budget (so the user
    /// can decide before waiting).
    virtual std::chrono::seconds estimate(int keyCount) const = 0;
    /// The way in use now; a query source that falls back to groups/find changes it once.
    virtual Method method() const = 0;
    /// One sentence for the wizard and the CLI: how `keyCount` groups are read and how long
    /// that takes at the request budget (and why groups/find, when the query API is not used).
    virtual QString describe(int keyCount) const = 0;

Q_SIGNALS:
    void progress(int done, int total);
    /// method() or describe() changed (the query API refused this key: groups/find from now).
    void methodChanged();
    void finished(const CurrentValues &values);
};
