#include "clirunner.h"

#include "apijson.h"
#include "cliexitcode.h"
#include "cliimportcommand.h"
#include "cliquerycommand.h"
#include "clisessioncommand.h"
#include "keychainstore.h"
#include "posthogclient.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

namespace {
using Column = OutputFormatter::Column;

QList<Column> groupColumns()
{
    return {{QStringLiteral("KEY"), QStringLiteral("group_key")},
            {QStringLiteral("NAME"), QStringLiteral("group_properties.name")},
            {QStringLiteral("CREATED"), QStringLiteral("created_at")}};
}

QList<Column> typeColumns()
{
    return {{QStringLiteral("INDEX"), QStringLiteral("group_type_index")},
            {QStringLiteral("TYPE"), QStringLiteral("group_type")},
            {QStringLiteral("SINGULAR"), QStringLiteral("name_singular")},
            {QStringLiteral("PLURAL"), QStringLiteral("name_plural")}};
}

QList<Column> metricColumns()
{
    return {{QStringLiteral("ID"), QStringLiteral("id")},
            {QStringLiteral("NAME"), QStringLiteral("name")},
            {QStringLiteral("MATH"), QStringLiteral("math")},
            {QStringLiteral("PROPERTY"), QStringLiteral("math_property")},
            {QStringLiteral("INTERVAL"), QStringLiteral("interval")},
            {QStringLiteral("FORMAT"), QStringLiteral("format")},
            {QStringLiteral("DISPLAY"), QStringLiteral("display")}};
}
} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
    , m_formatter(m_options.outputFormat(), m_out)
{
    // --bom: a UTF-8 byte-order mark before CSV, so that Excel reads the file as UTF-8.
    m_formatter.setByteOrderMark(m_options.has(QStringLiteral("bom")));
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString envKey = env.value(QStringLiteral("POSTHOG_PERSONAL_API_KEY")).trimmed();

    ConnectionSettings settings;
    settings.baseUrl = ConnectionSettings::usCloud();

    if (!m_options.profile().isEmpty()) {
        auto *store = new ProfileStore(nullptr, this);
        const ConnectionProfile profile = store->profileByName(m_options.profile());
        if (profile.id.isEmpty()) {
            usageError(tr("No connection profile named \"%1\".").arg(m_options.profile()));
            return;
        }
        settings = profile.toSettings(envKey);
        if (envKey.isEmpty()) {
            auto *keychain = new KeychainStore(this);
            keychain->readKey(profile, this, [this, settings](const KeychainResult &result) mutable {
                // No key saved at all: a web session may still serve (session-only profile).
                if (result.error == KeychainResult::Error::NotFound) {
                    startWithKey(settings);
                    return;
                }
                if (!result.ok() || result.key.isEmpty()) {
                    m_err << "groupdesk-cli: unauthenticated: "
                          << tr("No API key for this profile in the keychain (%1); set POSTHOG_PERSONAL_API_KEY.")
                                 .arg(result.message.isEmpty() ? KeychainResult::errorName(result.error)
                                                               : result.message)
                          << Qt::endl;
                    finish(static_cast<int>(CliExitCode::Unauthenticated));
                    return;
                }
                settings.apiKey = result.key;
                startWithKey(settings);
            });
            return;
        }
    }
    settings.apiKey = envKey;
    startWithKey(settings);
}

void CliRunner::startWithKey(ConnectionSettings settings)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Flags beat the environment, which beats the profile.
    QString host = m_options.host();
    if (host.isEmpty())
        host = env.value(QStringLiteral("POSTHOG_HOST"));
    if (!host.isEmpty()) {
        settings.baseUrl = ConnectionSettings::hostFromString(host);
        if (!settings.baseUrl.isValid()) {
            usageError(tr("\"%1\" is not a server address (use us, eu or an https:// URL).").arg(host));
            return;
        }
    }
    QString project = m_options.project();
    if (project.isEmpty())
        project = env.value(QStringLiteral("POSTHOG_PROJECT_ID"));
    if (!project.isEmpty())
        settings.projectId = project;
    if (m_options.allowHttp())
        settings.allowInsecureHttp = true;
    if (m_options.timeoutSeconds() > 0)
        settings.timeout = std::chrono::seconds(m_options.timeoutSeconds());

    // login / logout / whoami, and the web session of every other command.
    auto *sessionCommand = new CliSessionCommand(m_options, m_out, m_err, this);
    if (CliSessionCommand::isSessionCommand(m_options.command())) {
        sessionCommand->run(settings, [this](int code) { finish(code); });
        return;
    }
    // Only a key-less run and the session-only type actions look for a session (the keychain
    // can be slow to answer, and an unneeded sign-in would only cost time).
    if (!settings.apiKey.isEmpty() && m_options.command() != QLatin1String("types rename")) {
        startClient(settings, nullptr);
        return;
    }
    sessionCommand->attach(settings, [this, settings](PostHogSession *session, int code) {
        if (code != 0)
            finish(code);
        else
            startClient(settings, session);
    });
}

void CliRunner::startClient(const ConnectionSettings &settings, PostHogSession *session)
{
    if (settings.apiKey.isEmpty() && !session) {
        m_err << "groupdesk-cli: unauthenticated: "
              << tr("No API key: set POSTHOG_PERSONAL_API_KEY or use --profile with a saved key.") << Qt::endl;
        finish(static_cast<int>(CliExitCode::Unauthenticated));
        return;
    }
    m_client = std::make_unique<PostHogClient>(settings);
    m_client->setSession(session);
    const QString problem = m_client->configurationProblem();
    if (!problem.isEmpty()) {
        usageError(settings.baseUrl.scheme() == QLatin1String("http") && !settings.allowInsecureHttp
                       ? problem + QLatin1Char(' ') + tr("(Pass --allow-http to permit it.)")
                       : problem);
        return;
    }
    runCommand();
}

void CliRunner::runCommand()
{
    using Handler = void (CliRunner::*)();
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("types list"), &CliRunner::typesList},
        {QStringLiteral("types rename"), &CliRunner::typesRename},
        {QStringLiteral("types delete"), &CliRunner::typesDelete},
        {QStringLiteral("groups list"), &CliRunner::groupsList},
        {QStringLiteral("groups find"), &CliRunner::groupsFind},
        {QStringLiteral("groups create"), &CliRunner::groupsCreate},
        {QStringLiteral("groups set-property"), &CliRunner::groupsSetProperty},
        {QStringLiteral("groups unset-property"), &CliRunner::groupsUnsetProperty},
        {QStringLiteral("groups property-values"), &CliRunner::groupsPropertyValues},
        {QStringLiteral("groups property-definitions"), &CliRunner::groupsPropertyDefinitions},
        {QStringLiteral("groups activity"), &CliRunner::groupsActivity},
        {QStringLiteral("groups related"), &CliRunner::groupsRelated},
        {QStringLiteral("groups import"), &CliRunner::groupsImport},
        {QStringLiteral("groups query"), &CliRunner::queryCommand},
        {QStringLiteral("groups metrics"), &CliRunner::queryCommand},
        {QStringLiteral("metrics list"), &CliRunner::metricsList},
        {QStringLiteral("metrics delete"), &CliRunner::metricsDelete},
        {QStringLiteral("metrics create"), &CliRunner::metricsCreate},
        {QStringLiteral("metrics update"), &CliRunner::metricsUpdate},
    };
    const Handler handler = handlers.value(m_options.command());
    if (!handler) {
        usageError(tr("Unknown command \"%1\".").arg(m_options.command()));
        return;
    }
    (this->*handler)();
}

void CliRunner::queryCommand()
{
    if (!typeIndex(&m_typeIndex))
        return;
    CliQueryCommand::Callbacks callbacks{[this](int code) { finish(code); },
                                         [this](const ApiError &error) { apiError(error); },
                                         [this](const QString &message) { usageError(message); }};
    auto *command = new CliQueryCommand(m_client.get(), m_options, m_out, std::move(callbacks), this);
    if (m_options.command() == QLatin1String("groups metrics"))
        command->runMetrics(m_typeIndex);
    else
        command->runQuery(m_typeIndex);
}

// --- group types ---------------------------------------------------------------------

void CliRunner::typesList()
{
    if (!expectPositional(0, QString()))
        return;
    m_formatter.setColumns(typeColumns());
    m_client->listGroupTypes(this, [this](const ApiResult<QList<GroupType>> &result) { printList(result); });
}

void CliRunner::typesRename()
{
    if (!expectPositional(1, QStringLiteral("INDEX")))
        return;
    bool ok = false;
    const int index = m_options.positional().constFirst().toInt(&ok);
    if (!ok || index < 0 || index >= GroupType::MaxGroupTypes) {
        usageError(tr("INDEX must be a group type index from 0 to 4."));
        return;
    }
    if (!m_options.has(QStringLiteral("singular")) && !m_options.has(QStringLiteral("plural"))) {
        usageError(tr("types rename needs --singular and/or --plural."));
        return;
    }
    GroupTypeNames row;
    row.index = index;
    if (m_options.has(QStringLiteral("singular")))
        row.nameSingular = m_options.value(QStringLiteral("singular"));
    if (m_options.has(QStringLiteral("plural")))
        row.namePlural = m_options.value(QStringLiteral("plural"));
    for (const auto &name : {row.nameSingular, row.namePlural}) {
        if (name && ApiJson::serverLength(*name) > GroupType::MaxNameLength) {
            apiError([] {
                ApiError error(ApiError::Kind::Validation, QString());
                error.setDetail(QCoreApplication::translate("CliRunner", "Names must be at most 400 characters."));
                return error;
            }());
            return;
        }
    }
    m_formatter.setColumns(typeColumns());
    m_client->updateGroupTypeMetadata({row}, this, [this, index](const ApiResult<QList<GroupType>> &result) {
        if (!result.ok()) {
            apiError(result.error);
            return;
        }
        for (const GroupType &type : result.value) {
            if (type.index == index) {
                m_formatter.writeObject(type.toJson());
                finish(0);
                return;
            }
        }
        finish(0);
    });
}

void CliRunner::typesDelete()
{
    if (!expectPositional(1, QStringLiteral("INDEX")))
        return;
    bool ok = false;
    const int index = m_options.positional().constFirst().toInt(&ok);
    if (!ok || index < 0 || index >= GroupType::MaxGroupTypes) {
        usageError(tr("INDEX must be a group type index from 0 to 4."));
        return;
    }
    if (!requireYes(tr("delete group type %1").arg(index)))
        return;
    m_client->deleteGroupType(index, this, [this, index](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            apiError(result.error);
            return;
        }
        m_err << tr("Deleted group type %1.").arg(index) << Qt::endl;
        finish(0);
    });
}

// --- groups --------------------------------------------------------------------------

bool CliRunner::parseLimit()
{
    const bool all = m_options.has(QStringLiteral("all"));
    if (all && m_options.has(QStringLiteral("limit"))) {
        usageError(tr("Use either --limit or --all."));
        return false;
    }
    if (m_options.has(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = m_options.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || m_limit <= 0) {
            usageError(tr("--limit needs a positive number."));
            return false;
        }
    } else if (!all) {
        m_limit = 100; // one page, like PostHog's own list
    }
    return true;
}

void CliRunner::groupsList()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(0, QString()) || !parseLimit())
        return;
    GroupQuery query;
    query.typeIndex = m_typeIndex;
    query.search = m_options.value(QStringLiteral("search"));
    query.keyContains = m_options.value(QStringLiteral("key-contains"));
    m_formatter.setColumns(groupColumns());
    m_formatter.begin();
    groupsListPage(query, {});
}

void CliRunner::groupsListPage(const GroupQuery &query, const QUrl &next)
{
    m_client->listGroupsPage(query, next, this, [this, query, next](const ApiResult<GroupPage> &result) {
        if (failed(result) || !printPage(result.raw, result.value.next.isValid()))
            return;
        if (result.value.next == next) {
            m_formatter.end();
            apiError(ApiError(ApiError::Kind::BadResponse, tr("The server returned the same page twice.")));
            return;
        }
        groupsListPage(query, result.value.next);
    });
}

bool CliRunner::printPage(const QJsonValue &page, bool hasMore)
{
    QList<QJsonObject> rows = objects(page);
    if (m_printed > 0 && !rows.isEmpty() && rows.constFirst() == m_firstRow) {
        // PostHog restarts at page 1 when it cannot read a cursor: stop rather than loop.
        m_formatter.end();
        apiError(
            ApiError(ApiError::Kind::BadResponse, tr("The server sent the first page again instead of the next one.")));
        return false;
    }
    if (m_printed == 0 && !rows.isEmpty())
        m_firstRow = rows.constFirst();
    if (m_limit > 0 && m_printed + rows.size() > m_limit)
        rows = rows.mid(0, static_cast<qsizetype>(m_limit - m_printed));
    // Each page is printed and dropped: --all never holds the whole list.
    m_formatter.writeRows(rows);
    m_printed += rows.size();
    if (!hasMore || rows.isEmpty() || (m_limit > 0 && m_printed >= m_limit)) {
        m_formatter.end();
        finish(0);
        return false;
    }
    return true;
}

void CliRunner::groupsFind()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("KEY")))
        return;
    findAndPrint(m_options.positional().at(0));
}

void CliRunner::findAndPrint(const QString &key)
{
    m_client->findGroup(m_typeIndex, key, this, [this](const ApiResult<Group> &result) { printObject(result); });
}

void CliRunner::printGroupWrite(const ApiResult<Group> &result)
{
    // A notice means the write happened and only PostHog's follow-up event failed; the client
    // read the group back. Say so, print the group as it now is and succeed, so a script does
    // not repeat a change that was made.
    if (result.ok() && !result.notice.isEmpty())
        m_err << "groupdesk-cli: warning: " << result.notice << Qt::endl;
    printObject(result);
}

void CliRunner::groupsCreate()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("KEY")))
        return;
    QJsonObject properties;
    const QStringList pairs = m_options.values(QStringLiteral("property"));
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usageError(tr("--property needs NAME=VALUE, got \"%1\".").arg(pair));
            return;
        }
        properties.insert(pair.left(eq), parseValue(pair.mid(eq + 1)));
    }
    m_client->createGroup(m_typeIndex, m_options.positional().at(0), properties, this,
                          [this](const ApiResult<Group> &result) { printGroupWrite(result); });
}

void CliRunner::groupsSetProperty()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(3, QStringLiteral("KEY NAME VALUE")))
        return;
    const QStringList args = m_options.positional();
    // The client refuses a null value before sending, with a message that says what to do.
    m_client->updateGroupProperty(m_typeIndex, args.at(0), args.at(1), parseValue(args.at(2)), this,
                                  [this](const ApiResult<Group> &result) { printGroupWrite(result); });
}

void CliRunner::groupsUnsetProperty()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(2, QStringLiteral("KEY NAME")))
        return;
    const QStringList args = m_options.positional();
    m_client->deleteGroupProperty(m_typeIndex, args.at(0), args.at(1), this,
                                  [this](const ApiResult<Group> &result) { printGroupWrite(result); });
}

void CliRunner::groupsPropertyValues()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("NAME")))
        return;
    m_formatter.setColumns(
        {{QStringLiteral("VALUE"), QStringLiteral("name")}, {QStringLiteral("COUNT"), QStringLiteral("count")}});
    m_client->propertyValues(m_typeIndex, m_options.positional().at(0), m_options.value(QStringLiteral("contains")),
                             this, [this](const ApiResult<QList<PropertyCount>> &result) { printList(result); });
}

void CliRunner::groupsPropertyDefinitions()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(0, QString()))
        return;
    m_formatter.setColumns({{QStringLiteral("NAME"), QStringLiteral("name")},
                            {QStringLiteral("COUNT"), QStringLiteral("count")},
                            {QStringLiteral("TYPE"), QStringLiteral("property_type")}});
    // Typed call: it hides the older/newer endpoint difference.
    m_client->propertyDefinitions(m_typeIndex, this, [this](const ApiResult<QList<PropertyDefinition>> &result) {
        if (!result.ok()) {
            apiError(result.error);
            return;
        }
        QList<QJsonObject> rows;
        for (const PropertyDefinition &definition : result.value) {
            QJsonObject row;
            row.insert(QStringLiteral("name"), definition.name);
            row.insert(QStringLiteral("count"), definition.count >= 0 ? QJsonValue(definition.count) : QJsonValue());
            row.insert(QStringLiteral("property_type"),
                       definition.propertyType.isEmpty() ? QJsonValue() : QJsonValue(definition.propertyType));
            rows.append(row);
        }
        m_formatter.begin();
        m_formatter.writeRows(rows);
        m_formatter.end();
        finish(0);
    });
}

void CliRunner::groupsActivity()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("KEY")) || !parseLimit())
        return;
    m_formatter.setColumns({{QStringLiteral("WHEN"), QStringLiteral("created_at")},
                            {QStringLiteral("USER"), QStringLiteral("user.first_name")},
                            {QStringLiteral("ACTIVITY"), QStringLiteral("activity")},
                            {QStringLiteral("DETAIL"), QStringLiteral("detail.name")}});
    // Newest first, 100 per page; --all or --limit N read further pages like groups list.
    m_formatter.begin();
    groupsActivityPage(m_options.positional().at(0), 1);
}

void CliRunner::groupsActivityPage(const QString &key, int page)
{
    m_client->groupActivity(m_typeIndex, key, page, 100, this,
                            [this, key, page](const ApiResult<ActivityPage> &result) {
                                if (failed(result) || !printPage(result.raw, result.value.hasNext))
                                    return;
                                groupsActivityPage(key, page + 1);
                            });
}

void CliRunner::groupsImport()
{
    // A journal names its group type itself.
    const bool fromJournal = m_options.has(QStringLiteral("resume")) || m_options.has(QStringLiteral("undo"));
    if (!fromJournal && !typeIndex(&m_typeIndex))
        return;
    auto *command = new CliImportCommand(m_options, m_client.get(), m_typeIndex, this);
    connect(command, &CliImportCommand::finished, this, &CliRunner::finish);
    command->start();
}

void CliRunner::groupsRelated()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("KEY")))
        return;
    m_formatter.setColumns({{QStringLiteral("TYPE"), QStringLiteral("type")},
                            {QStringLiteral("ID"), QStringLiteral("id")},
                            {QStringLiteral("NAME"), QStringLiteral("name")},
                            {QStringLiteral("GROUP TYPE"), QStringLiteral("group_type_index")}});
    m_client->relatedActors(m_typeIndex, m_options.positional().at(0), this,
                            [this](const ApiResult<QList<RelatedActor>> &result) { printList(result); });
}

// --- usage metrics -------------------------------------------------------------------

void CliRunner::metricsList()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(0, QString()))
        return;
    m_formatter.setColumns(metricColumns());
    // The client follows every LimitOffset page; raw holds all rows as the server sent them.
    m_client->listUsageMetrics(m_typeIndex, this,
                               [this](const ApiResult<QList<UsageMetric>> &result) { printList(result); });
}

void CliRunner::metricsDelete()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("ID")))
        return;
    const QString id = m_options.positional().at(0);
    if (!requireYes(tr("delete usage metric %1").arg(id)))
        return;
    m_client->deleteUsageMetric(m_typeIndex, id, this, [this, id](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            apiError(result.error);
            return;
        }
        m_err << tr("Deleted usage metric %1.").arg(id) << Qt::endl;
        finish(0);
    });
}

void CliRunner::metricsCreate()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(0, QString()))
        return;
    if (!m_options.has(QStringLiteral("name")) || !m_options.has(QStringLiteral("filters"))) {
        usageError(tr("metrics create needs --name and --filters."));
        return;
    }
    UsageMetric metric;
    if (!readMetricOptions(&metric, nullptr))
        return;
    // The client validates the whole metric (math/math_property included) before sending.
    m_client->createUsageMetric(m_typeIndex, metric, this,
                                [this](const ApiResult<UsageMetric> &result) { printObject(result); });
}

void CliRunner::metricsUpdate()
{
    if (!typeIndex(&m_typeIndex) || !expectPositional(1, QStringLiteral("ID")))
        return;
    // Start from a valid metric and apply the options, so validate() reports only what
    // the user actually got wrong (an update sends only the given fields).
    UsageMetric metric;
    metric.name = QStringLiteral("x");
    metric.filters.insert(QStringLiteral("events"), QJsonArray());
    QJsonObject changes;
    if (!readMetricOptions(&metric, &changes))
        return;
    if (changes.isEmpty()) {
        usageError(tr("metrics update needs at least one field to change."));
        return;
    }
    // math/math_property depend on each other: judge them only when both are known.
    const bool mathKnown =
        changes.contains(QStringLiteral("math")) && changes.contains(QStringLiteral("math_property"));
    // The same check as the window's (PostHog's rules, only the fields sent).
    const auto problems = metric.validateFields(changes.keys());
    for (const auto &problem : problems) {
        if (mathKnown || changes.contains(problem.field)) {
            ApiError error(ApiError::Kind::Validation, QString());
            error.setAttr(problem.field);
            error.setDetail(problem.message);
            apiError(error);
            return;
        }
    }
    m_client->updateUsageMetric(m_typeIndex, m_options.positional().at(0), changes, this,
                                [this](const ApiResult<UsageMetric> &result) { printObject(result); });
}

bool CliRunner::readMetricOptions(UsageMetric *metric, QJsonObject *changes)
{
    QJsonObject given;
    auto text = [&](const QString &option, const QString &field, QString *target) {
        if (!m_options.has(option))
            return;
        *target = m_options.value(option);
        given.insert(field, *target);
    };
    text(QStringLiteral("name"), QStringLiteral("name"), &metric->name);
    text(QStringLiteral("metric-format"), QStringLiteral("format"), &metric->format);
    text(QStringLiteral("display"), QStringLiteral("display"), &metric->display);
    text(QStringLiteral("math"), QStringLiteral("math"), &metric->math);
    text(QStringLiteral("math-property"), QStringLiteral("math_property"), &metric->mathProperty);
    if (m_options.has(QStringLiteral("interval"))) {
        bool ok = false;
        metric->interval = m_options.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok) {
            usageError(tr("--interval needs a whole number of days."));
            return false;
        }
        given.insert(QStringLiteral("interval"), metric->interval);
    }
    if (m_options.has(QStringLiteral("filters"))) {
        QJsonParseError parseError{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_options.value(QStringLiteral("filters")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            usageError(tr(R"(--filters must be a JSON object, e.g. '{"events": [{"id": "$pageview"}]}'.)"));
            return false;
        }
        metric->filters = doc.object();
        given.insert(QStringLiteral("filters"), metric->filters);
    }
    // An empty --math-property clears the field (null), as PostHog wants for math=count.
    if (given.contains(QStringLiteral("math_property")) && metric->mathProperty.isEmpty())
        given.insert(QStringLiteral("math_property"), QJsonValue());
    if (changes)
        *changes = given;
    return true;
}

// --- helpers -------------------------------------------------------------------------

bool CliRunner::typeIndex(int *index)
{
    if (!m_options.has(QStringLiteral("type"))) {
        usageError(tr("%1 needs --type INDEX.").arg(m_options.command()));
        return false;
    }
    bool ok = false;
    *index = m_options.value(QStringLiteral("type")).toInt(&ok);
    if (!ok || *index < 0 || *index >= GroupType::MaxGroupTypes) {
        usageError(tr("--type must be a group type index from 0 to 4."));
        return false;
    }
    return true;
}

bool CliRunner::expectPositional(int count, const QString &names)
{
    if (m_options.positional().size() == count)
        return true;
    if (count == 0)
        usageError(tr("%1 takes no arguments, got \"%2\".")
                       .arg(m_options.command(), m_options.positional().join(QLatin1Char(' '))));
    else
        usageError(tr("%1 needs %2.").arg(m_options.command(), names));
    return false;
}

bool CliRunner::requireYes(const QString &what)
{
    if (m_options.has(QStringLiteral("yes")))
        return true;
    usageError(tr("Refusing to %1 without --yes.").arg(what));
    return false;
}

bool CliRunner::failed(const ApiError &error)
{
    if (error.isOk())
        return false;
    apiError(error);
    return true;
}

void CliRunner::printRows(const QJsonValue &list)
{
    m_formatter.begin();
    m_formatter.writeRows(objects(list));
    m_formatter.end();
    finish(0);
}

void CliRunner::printRawObject(const QJsonValue &object)
{
    m_formatter.setColumns({});
    m_formatter.writeObject(object.toObject());
    finish(0);
}

void CliRunner::usageError(const QString &message)
{
    m_err << "groupdesk-cli: usage: " << message << Qt::endl;
    m_err << "Try 'groupdesk-cli --help'." << Qt::endl;
    finish(static_cast<int>(CliExitCode::Usage));
}

void CliRunner::apiError(const ApiError &error)
{
    QString message = error.userMessage();
    if (!error.attr().isEmpty() && error.attr() != QLatin1String("detail") && !message.contains(error.attr()))
        message += QStringLiteral(" (field: %1)").arg(error.attr());
    if (error.kind() == ApiError::Kind::Validation && !error.detail().isEmpty() && !message.contains(error.detail()))
        message += QLatin1Char(' ') + error.detail();
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "groupdesk-cli: " << ApiError::kindName(error.kind()) << ": " << message << Qt::endl;
    finish(static_cast<int>(exitCodeFor(error.kind())));
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    // Queued so that no job is still inside its callback when the loop ends.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

QJsonValue CliRunner::parseValue(const QString &text)
{
    // A VALUE that parses as JSON is sent as that JSON (42, true, {"a":1}, "quoted"),
    // anything else as the plain string.
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + text.toUtf8() + "]"), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1 && !text.trimmed().isEmpty())
        return doc.array().at(0);
    return text;
}

QList<QJsonObject> CliRunner::objects(const QJsonValue &list)
{
    // A bare array, or the `results` of a paginated envelope.
    const QJsonArray array =
        list.isArray() ? list.toArray() : list.toObject().value(QStringLiteral("results")).toArray();
    QList<QJsonObject> rows;
    rows.reserve(array.size());
    for (const auto &value : array)
        rows.append(value.toObject());
    return rows;
}
