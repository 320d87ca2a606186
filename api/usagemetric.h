#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * A group-type usage metric. Field rules mirror GroupUsageMetricSerializer
 * (docs/posthog-api-contract.md §3); validate() checks them before anything is sent.
 */
struct UsageMetric
{
    Q_DECLARE_TR_FUNCTIONS(UsageMetric)

public:
    QString id;                                 ///< UUID, empty before creation
    QString name;                               ///< <= 255, required
    QString format = QStringLiteral("numeric"); ///< numeric | currency
    int interval = 7;                           ///< days
    QString display = QStringLiteral("number"); ///< number | sparkline
    QJsonObject filters;                        ///< required; events shape or {"source":"data_warehouse",...}
    QString math = QStringLiteral("count");     ///< count | sum
    QString mathProperty;                       ///< required for sum, must be empty for count
    QJsonObject extra;

    static constexpr int MaxNameLength = 255;
    static QStringList formats();  ///< {"numeric", "currency"}
    static QStringList displays(); ///< {"number", "sparkline"}
    static QStringList maths();    ///< {"count", "sum"}
    /// Words for people for a format, display, math or source value ("sum" -> "Sum of a
    /// property"); a value this client does not know (a newer server's) is returned as is.
    static QString label(const QString &value);

    /// "events" or "data_warehouse" (from filters.source; absent means events).
    QString source() const;

    /// One broken rule found before sending.
    struct Problem
    {
        QString
            field; ///< server attr naming the same field: name, format, interval, display, filters, math, math_property
        QString message; ///< plain sentence for people
    };
    /// Whose rules validate() applies.
    enum class Rules
    {
        /// Exactly what GroupUsageMetricSerializer refuses: the client and CLI never block a
        /// request the server would take (undoing a delete must re-create any metric it had).
        Server,
        /// Server rules plus what an editor should not let through although the server
        /// would (an interval below one day, filters that are `{}`).
        Editor,
    };
    /// Every broken rule (empty list = valid).
    QList<Problem> validate(Rules rules = Rules::Server) const;

    static UsageMetric fromJson(const QJsonObject &object);
    /// Full body for POST/PUT (id and extra excluded); math_property null when empty.
    QJsonObject toJson() const;
    /// The server object: extra fields plus every modelled field, id included.
    QJsonObject toServerJson() const;
};

Q_DECLARE_METATYPE(UsageMetric)
