#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/**
 * One property condition of a GroupsQuery (PostHog's GroupPropertyFilter,
 * docs/posthog-session-and-query.md section 3.2): `{"type":"group","key":..,"operator":..,"value":..}`.
 * The filters of one query are ANDed by the server.
 */
struct GroupPropertyFilter
{
    Q_DECLARE_TR_FUNCTIONS(GroupPropertyFilter)

public:
    enum class Operator
    {
        Exact,        ///< "equals" (text comparison, as PostHog does for untyped values)
        IsNot,        ///< "not equals"; groups without the property match too
        IContains,    ///< case-insensitive substring
        NotIContains, ///< no case-insensitive substring; groups without the property match too
        Gt,           ///< numeric comparison; non-numeric values never match
        Lt,
        Gte,
        Lte,
        IsSet,    ///< present and not null
        IsNotSet, ///< missing or null
    };

    QString key;
    Operator op = Operator::Exact;
    QString value; ///< as typed; sent as a number for the numeric operators

    bool operator==(const GroupPropertyFilter &other) const = default;

    /// Every operator, in the order menus show them.
    static QList<Operator> operators();
    /// PostHog's wire name ("exact", "is_not", "icontains", ..., "is_set").
    static QString operatorName(Operator op);
    static std::optional<Operator> operatorFromName(const QString &name);
    /// The CLI's spelling: = != ~ !~ > < >= <= set unset.
    static std::optional<Operator> operatorFromSymbol(const QString &symbol);
    /// Words for people ("does not contain").
    static QString operatorLabel(Operator op);
    /// False for is set / is not set.
    static bool takesValue(Operator op);
    static bool isNumeric(Operator op);

    /// The JSON filter for a query of type `typeIndex`.
    QJsonObject toJson(int typeIndex) const;
    /// Reads back what toJson() wrote (profiles store filters this way); nullopt when malformed.
    static std::optional<GroupPropertyFilter> fromJson(const QJsonObject &object);
    /// Parses the CLI form "PROP OP VALUE" or "PROP set|unset" (a property name may contain
    /// spaces: the first operator token ends it). `error` gets one sentence on failure.
    static std::optional<GroupPropertyFilter> parse(const QString &text, QString *error = nullptr);
    /// A problem that would make the server refuse the filter, else empty.
    QString problem() const;
    /// "seats > 50", "owner is set", for chips and logs.
    QString displayText() const;
};
