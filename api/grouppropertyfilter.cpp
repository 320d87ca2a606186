#include "grouppropertyfilter.h"

#include <QJsonArray>
#include <QStringList>

namespace {
struct OperatorInfo
{
    GroupPropertyFilter::Operator op;
    const char *name;
    const char *symbol;
};

constexpr OperatorInfo Operators[] = {
    {GroupPropertyFilter::Operator::Exact, "exact", "="},
    {GroupPropertyFilter::Operator::IsNot, "is_not", "!="},
    {GroupPropertyFilter::Operator::IContains, "icontains", "~"},
    {GroupPropertyFilter::Operator::NotIContains, "not_icontains", "!~"},
    {GroupPropertyFilter::Operator::Gt, "gt", ">"},
    {GroupPropertyFilter::Operator::Lt, "lt", "<"},
    {GroupPropertyFilter::Operator::Gte, "gte", ">="},
    {GroupPropertyFilter::Operator::Lte, "lte", "<="},
    {GroupPropertyFilter::Operator::IsSet, "is_set", "set"},
    {GroupPropertyFilter::Operator::IsNotSet, "is_not_set", "unset"},
};

const OperatorInfo &info(GroupPropertyFilter::Operator op)
{
    for (const OperatorInfo &entry : Operators) {
        if (entry.op == op)
            return entry;
    }
    return Operators[0];
}
} // namespace

QList<GroupPropertyFilter::Operator> GroupPropertyFilter::operators()
{
    QList<Operator> list;
    for (const OperatorInfo &entry : Operators)
        list.append(entry.op);
    return list;
}

QString GroupPropertyFilter::operatorName(Operator op)
{
    return QString::fromLatin1(info(op).name);
}

std::optional<GroupPropertyFilter::Operator> GroupPropertyFilter::operatorFromName(const QString &name)
{
    for (const OperatorInfo &entry : Operators) {
        if (name == QLatin1String(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

std::optional<GroupPropertyFilter::Operator> GroupPropertyFilter::operatorFromSymbol(const QString &symbol)
{
    for (const OperatorInfo &entry : Operators) {
        if (symbol.compare(QLatin1String(entry.symbol), Qt::CaseInsensitive) == 0)
            return entry.op;
    }
    return std::nullopt;
}

QString GroupPropertyFilter::operatorLabel(Operator op)
{
    switch (op) {
    case Operator::Exact:
        return tr("equals");
    case Operator::IsNot:
        return tr("does not equal");
    case Operator::IContains:
        return tr("contains");
    case Operator::NotIContains:
        return tr("does not contain");
    case Operator::Gt:
        return tr("greater than");
    case Operator::Lt:
        return tr("less than");
    case Operator::Gte:
        return tr("at least");
    case Operator::Lte:
        return tr("at most");
    case Operator::IsSet:
        return tr("is set");
    case Operator::IsNotSet:
        return tr("is not set");
    }
    return {};
}

bool GroupPropertyFilter::takesValue(Operator op)
{
    return op != Operator::IsSet && op != Operator::IsNotSet;
}

bool GroupPropertyFilter::isNumeric(Operator op)
{
    return op == Operator::Gt || op == Operator::Lt || op == Operator::Gte || op == Operator::Lte;
}

QJsonObject GroupPropertyFilter::toJson(int typeIndex) const
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("group")},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("operator"), operatorName(op)},
                       {QStringLiteral("group_type_index"), typeIndex}};
    if (takesValue(op)) {
        bool numeric = false;
        const double number = value.trimmed().toDouble(&numeric);
        // PostHog compares gt/lt as numbers; the web UI sends them as JSON numbers. Equality
        // stays text, so "007" keeps its zeros.
        if (isNumeric(op) && numeric)
            object.insert(QStringLiteral("value"), number);
        else
            object.insert(QStringLiteral("value"), value);
    } else {
        object.insert(QStringLiteral("value"), QJsonValue());
    }
    return object;
}

std::optional<GroupPropertyFilter> GroupPropertyFilter::fromJson(const QJsonObject &object)
{
    const auto op = operatorFromName(object.value(QStringLiteral("operator")).toString());
    const QString key = object.value(QStringLiteral("key")).toString();
    if (!op || key.isEmpty())
        return std::nullopt;
    GroupPropertyFilter filter;
    filter.key = key;
    filter.op = *op;
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (value.isDouble())
        filter.value = QString::number(value.toDouble(), 'g', 15);
    else if (value.isArray())
        filter.value = value.toArray().first().toVariant().toString();
    else
        filter.value = value.toString();
    return filter;
}

std::optional<GroupPropertyFilter> GroupPropertyFilter::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<GroupPropertyFilter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // The first token that is an operator ends the property name (names may hold spaces).
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const auto op = operatorFromSymbol(tokens.at(i));
        if (!op)
            continue;
        GroupPropertyFilter filter;
        filter.key = tokens.mid(0, i).join(QLatin1Char(' '));
        filter.op = *op;
        filter.value = tokens.mid(i + 1).join(QLatin1Char(' '));
        if (!takesValue(*op) && !filter.value.isEmpty())
            return fail(tr(R"("%1" takes no value: write "%2 %1".)").arg(tokens.at(i), filter.key));
        if (const QString problem = filter.problem(); !problem.isEmpty())
            return fail(problem);
        return filter;
    }
    return fail(tr("\"%1\" is not a condition: write PROPERTY OPERATOR VALUE with an operator among "
                   "= != ~ !~ > < >= <= set unset (e.g. \"seats > 50\").")
                    .arg(text));
}

QString GroupPropertyFilter::problem() const
{
    if (key.trimmed().isEmpty())
        return tr("A filter needs a property name.");
    if (takesValue(op) && value.isEmpty())
        return tr("The filter on \"%1\" needs a value.").arg(key);
    if (isNumeric(op)) {
        bool numeric = false;
        value.trimmed().toDouble(&numeric);
        if (!numeric)
            return tr(R"("%1" %2 needs a number, not "%3".)").arg(key, operatorLabel(op), value);
    }
    return {};
}

QString GroupPropertyFilter::displayText() const
{
    if (!takesValue(op))
        return QStringLiteral("%1 %2").arg(key, operatorLabel(op));
    return QStringLiteral("%1 %2 %3").arg(key, operatorLabel(op), value);
}
