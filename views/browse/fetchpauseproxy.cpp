#include "fetchpauseproxy.h"

FetchPauseProxy::FetchPauseProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

FetchPauseProxy::~FetchPauseProxy() = default;

bool FetchPauseProxy::canFetchMore(const QModelIndex &parent) const
{
    return !m_paused && QIdentityProxyModel::canFetchMore(parent);
}
