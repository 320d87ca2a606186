#pragma once

#include "apierror.h"
#include "posthogclient.h"
#include "propertydefinition.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

/**
 * Event properties matching a search, for the "Sum of a property" picker: PostHog's
 * math_property names an event property, never a group property. setSearch() asks the
 * server (property_definitions/?type=event&search=...); an answer to an older search is
 * dropped. DisplayRole is the name; JsonTypeRole the property type ("Numeric", ...).
 */
class EventPropertiesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPropertiesModel)

public:
    /// At most this many suggestions per search; the rest is reached by typing more.
    static constexpr int Limit = 200;

    explicit EventPropertiesModel(PostHogClient *client, QObject *parent = nullptr);
    ~EventPropertiesModel() override;

    /// Loads the suggestions for `search` (trimmed; empty = the first names of all).
    void setSearch(const QString &search);
    QString search() const { return m_search; }
    bool isLoading() const { return m_loading; }
    /// The server's count of matches (-1 before an answer); more than rowCount() when cut.
    qint64 total() const { return m_total; }
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const ApiError &error);

private:
    QPointer<PostHogClient> m_client;
    QString m_search;
    QList<PropertyDefinition> m_definitions;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
};
