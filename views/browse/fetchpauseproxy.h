#pragma once

#include <QIdentityProxyModel>

/**
 * Passes a lazily loaded model through unchanged, except that canFetchMore() answers
 * false while paused.
 *
 * Why: QAbstractItemView asks for the next page on its own whenever its geometry changes
 * while the last row is visible. After a failed page (a 403, the server down) that would
 * retry in a tight loop. The groups panel pauses on failure and resumes when the user
 * asks (Try again, F5, another search or type).
 */
class FetchPauseProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchPauseProxy)

public:
    explicit FetchPauseProxy(QObject *parent = nullptr);
    ~FetchPauseProxy() override;

    void setPaused(bool paused) { m_paused = paused; }

    bool canFetchMore(const QModelIndex &parent) const override;

private:
    bool m_paused = false;
};
