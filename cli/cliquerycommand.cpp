#include "cliquerycommand.h"

#include "posthogclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
/// The text of a cell for table/csv: group_name shows its display name.
QJsonValue tableCell(const QJsonValue &value)
{
    if (value.isObject() && value.toObject().contains(QStringLiteral("display_name")))
        return value.toObject().value(QStringLiteral("display_name"));
    if (value.isArray() && value.toArray().size() == 2) // a (name, key) tuple
        return value.toArray().at(0);
    return value;
}
} // namespace

CliQueryCommand::CliQueryCommand(PostHogClient *client, const CliOptions &options, QTextStream &out,
                                 Callbacks callbacks, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_out(out)
    , m_formatter(options.outputFormat(), out)
    , m_callbacks(std::move(callbacks))
    , m_tableLike(options.outputFormat() == QLatin1String("table") || options.outputFormat() == QLatin1String("csv"))
{ }

CliQueryCommand::~CliQueryCommand() = default;

QString CliQueryCommand::buildQuery(const CliOptions &options, int typeIndex, GroupsQuery *query)
{
    query->typeIndex = typeIndex;
    query->select = options.values(QStringLiteral("select"));
    if (query->select.isEmpty())
        query->select = {QStringLiteral("group_name"), QStringLiteral("key"), QStringLiteral("created_at")};
    for (const QString &where : options.values(QStringLiteral("where"))) {
        QString error;
        const auto filter = GroupPropertyFilter::parse(where, &error);
        if (!filter)
            return error;
        query->filters.append(*filter);
    }
    bool keyOrdered = false;
    for (const QString &term : options.values(QStringLiteral("order-by"))) {
        QStringList words = term.simplified().split(QLatin1Char(' '));
        const QString last = words.constLast().toUpper();
        if (words.size() > 1 && (last == QLatin1String("ASC") || last == QLatin1String("DESC")))
            words.last() = last;
        query->orderBy.append(words.join(QLatin1Char(' ')));
        keyOrdered = keyOrdered || words.constFirst() == QLatin1String("key");
    }
    if (query->orderBy.isEmpty())
        query->orderBy.append(QStringLiteral("created_at DESC"));
    // Offset pages are stable only under a total order: keys are unique within a type.
    if (!keyOrdered)
        query->orderBy.append(QStringLiteral("key ASC"));
    query->search = options.value(QStringLiteral("search"));
    return query->problem();
}

void CliQueryCommand::runQuery(int typeIndex)
{
    const bool all = m_options.has(QStringLiteral("all"));
    if (all && m_options.has(QStringLiteral("limit"))) {
        m_callbacks.usageError(tr("Use either --limit or --all."));
        return;
    }
    if (m_options.has(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = m_options.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || m_limit <= 0) {
            m_callbacks.usageError(tr("--limit needs a positive number."));
            return;
        }
    } else if (all) {
        m_limit = 0;
    }
    if (const QString problem = buildQuery(m_options, typeIndex, &m_query); !problem.isEmpty()) {
        m_callbacks.usageError(problem);
        return;
    }
    if (m_options.has(QStringLiteral("count"))) {
        if (m_options.has(QStringLiteral("select")) || all || m_options.has(QStringLiteral("limit"))) {
            m_callbacks.usageError(tr("--count prints one number: it takes no --select, --limit or --all."));
            return;
        }
        m_client->groupsCount(m_query, this, [this](const ApiResult<qint64> &result) {
            if (!result.ok()) {
                m_callbacks.apiError(result.error);
                return;
            }
            m_out << result.value << Qt::endl;
            m_callbacks.finish(0);
        });
        return;
    }
    QList<OutputFormatter::Column> columns;
    for (qsizetype i = 0; i < m_query.select.size(); ++i)
        columns.append({m_query.select.at(i), QStringLiteral("c%1").arg(i)});
    m_formatter.setColumns(columns);
    m_formatter.begin();
    requestPage();
}

void CliQueryCommand::requestPage()
{
    GroupsQuery page = m_query;
    page.offset = static_cast<int>(m_printed);
    const qint64 wanted = m_limit > 0 ? m_limit - m_printed : StreamPageSize;
    page.limit = static_cast<int>(std::min<qint64>(wanted, StreamPageSize));
    m_client->groupsQuery(page, this, [this](const ApiResult<GroupsQueryResult> &result) {
        if (!result.ok()) {
            m_formatter.end();
            m_callbacks.apiError(result.error);
            return;
        }
        const GroupsQueryResult &r = result.value;
        QList<QJsonObject> rows;
        rows.reserve(r.rows.size());
        for (const QJsonArray &cells : r.rows) {
            QJsonObject row;
            for (qsizetype c = 0; c < r.columns.size() && c < cells.size(); ++c) {
                // json/jsonl keep the server's column names and cells; table/csv need plain
                // keys (column names hold dots, which the formatter reads as paths).
                if (m_tableLike)
                    row.insert(QStringLiteral("c%1").arg(m_query.select.indexOf(r.columns.at(c))),
                               tableCell(cells.at(c)));
                else
                    row.insert(r.columns.at(c), cells.at(c));
            }
            rows.append(row);
        }
        m_formatter.writeRows(rows); // printed and dropped: --all runs in constant memory
        m_printed += rows.size();
        if (!r.hasMore || rows.isEmpty() || (m_limit > 0 && m_printed >= m_limit)) {
            m_formatter.end();
            m_callbacks.finish(0);
            return;
        }
        requestPage();
    });
}

void CliQueryCommand::runMetrics(int typeIndex)
{
    if (m_options.positional().size() != 1) {
        m_callbacks.usageError(tr("groups metrics needs exactly one KEY."));
        return;
    }
    m_formatter.setColumns({{tr("Metric"), QStringLiteral("name")},
                            {tr("Value"), QStringLiteral("value")},
                            {tr("Previous"), QStringLiteral("previous")},
                            {tr("Change %"), QStringLiteral("change_from_previous_pct")},
                            {tr("Days"), QStringLiteral("interval")},
                            {tr("Format"), QStringLiteral("format")}});
    m_client->usageMetricValues(
        typeIndex, m_options.positional().constFirst(), this, [this](const ApiResult<QList<UsageMetricValue>> &result) {
            if (!result.ok()) {
                m_callbacks.apiError(result.error);
                return;
            }
            const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
            QList<QJsonObject> rows;
            for (const UsageMetricValue &metric : result.value) {
                rows.append(QJsonObject{{QStringLiteral("id"), metric.id},
                                        {QStringLiteral("name"), metric.name},
                                        {QStringLiteral("value"), number(metric.value)},
                                        {QStringLiteral("previous"), number(metric.previous)},
                                        {QStringLiteral("change_from_previous_pct"), number(metric.changePercent)},
                                        {QStringLiteral("interval"), metric.interval},
                                        {QStringLiteral("format"), metric.format},
                                        {QStringLiteral("display"), metric.display}});
            }
            m_formatter.begin();
            m_formatter.writeRows(rows);
            m_formatter.end();
            m_callbacks.finish(0);
        });
}
