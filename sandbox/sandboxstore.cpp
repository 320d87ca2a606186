#include "sandboxstore.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QMap>
#include <QtCore/QRegularExpression>
#include <QtCore/QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// 2023-01-01T00:00:00Z: seeded groups are created 10 minutes apart from here, so even
// 100,000 groups end in late 2024, before any group created while the server runs.
constexpr qint64 SeedEpochSeconds = 1672531200;
constexpr qint64 SecondsPerGroup = 600;

struct TypeSeed
{
    const char16_t *name;
    const char16_t *singular; ///< nullptr = null (PostHog falls back to the code name)
    const char16_t *plural;
    const char16_t *keyPrefix;
};

constexpr TypeSeed TypeSeeds[] = {
    {u"organization", u"Organization", u"Organizations", u"org"},
    {u"company", nullptr, nullptr, u"company"},
    {u"project", u"Project", nullptr, u"proj"},
    {u"workspace", u"Workspace", u"Workspaces", u"ws"},
    {u"team", nullptr, nullptr, u"team"},
};

// Names in several scripts, including right-to-left ones, so views get exercised.
const QStringList &namePool()
{
    static const QStringList names{u"Acme"_s,          u"Globex"_s,        u"Initech"_s,
                                   u"Umbrella"_s,      u"Hooli"_s,         u"Zürich Präzision AG"_s,
                                   u"شركة الأفق"_s,    u"חברת אופק"_s,     u"株式会社サンプル"_s,
                                   u"Ωmega Systems"_s, u"Stark & Wayne"_s, u"Café \"Zoë\""_s};
    return names;
}

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

QString propertyType(const QJsonValue &value)
{
    if (value.isBool())
        return u"Boolean"_s;
    if (value.isDouble())
        return u"Numeric"_s;
    if (value.isString()) {
        const QString s = value.toString();
        // PostHog's detect_group_property_type: "true"/"false" strings count as Boolean.
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0 || s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return u"Boolean"_s;
    }
    return u"String"_s;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

SandboxStore::SandboxStore(const SandboxOptions &options)
    : m_options(options)
{
    const int typeCount = qBound(1, options.groupTypeCount, 5);
    const int perType = qMax(0, options.groupsPerType);
    for (int t = 0; t < typeCount; ++t) {
        const TypeSeed &seed = TypeSeeds[t];
        GroupType type;
        type.index = t;
        type.name = QString::fromUtf16(seed.name);
        type.nameSingular = seed.singular ? QJsonValue(QString::fromUtf16(seed.singular)) : QJsonValue();
        type.namePlural = seed.plural ? QJsonValue(QString::fromUtf16(seed.plural)) : QJsonValue();
        type.defaultColumns = t == 0 ? QJsonValue(QJsonArray{u"name"_s, u"plan"_s, u"seats"_s}) : QJsonValue();
        type.createdAt = isoTime((SeedEpochSeconds - qint64(86400) * (10 - t)) * 1000000);
        m_types.append(type);

        // Type 0 gets exactly groupsPerType; the others fewer, to keep big runs light.
        const int count = t == 0 ? perType : qMax(perType > 0 ? 1 : 0, perType / (t + 1));
        TypeData &data = m_groups[t];
        data.groups.reserve(size_t(count));
        data.byKey.reserve(count);
        for (int i = 0; i < count; ++i) {
            StoredGroup group;
            const QString prefix = QString::fromUtf16(seed.keyPrefix);
            // Keys with ':', '+', '/', spaces and a stray escape (a UTM value stored still
            // encoded), as real PostHog keys have, to test encoding.
            switch (i % 10) {
            case 3:
                group.key = prefix + u":acme+partners/"_s + QString::number(i);
                break;
            case 5:
                group.key = prefix + u":utm%20"_s + QString::number(i);
                break;
            case 7:
                group.key = prefix + u" team "_s + QString::number(i);
                break;
            default:
                group.key = prefix + u':' + QString::number(i).rightJustified(5, u'0');
            }
            group.seedIndex = i;
            const qint64 seconds = SeedEpochSeconds + qint64(i) * SecondsPerGroup + qint64(hash(t, i, 1) % 500);
            group.createdUs = seconds * 1000000;
            data.byKey.insert(group.key, i);
            data.groups.push_back(std::move(group));
        }
        data.groups.shrink_to_fit();
    }

    // Usage metrics of both sources for the first two types.
    const auto metric = [](const QString &name, const QJsonObject &filters, const QString &math,
                           const QJsonValue &mathProperty, const QString &display, const QString &format,
                           int interval) {
        return QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"name"_s, name},
                           {u"format"_s, format},
                           {u"interval"_s, interval},
                           {u"display"_s, display},
                           {u"filters"_s, filters},
                           {u"math"_s, math},
                           {u"math_property"_s, mathProperty}};
    };
    const QJsonObject pageviews{
        {u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"$pageview"_s}, {u"type"_s, u"events"_s}}}},
        {u"filter_test_accounts"_s, true}};
    const QJsonObject invoices{{u"source"_s, u"data_warehouse"_s},
                               {u"table_name"_s, u"stripe_invoices"_s},
                               {u"timestamp_field"_s, u"created"_s},
                               {u"key_field"_s, u"customer_id"_s}};
    m_metrics[0] = {metric(u"Weekly events"_s, pageviews, u"count"_s, QJsonValue(), u"number"_s, u"numeric"_s, 7),
                    metric(u"Invoiced revenue"_s, invoices, u"sum"_s, u"amount"_s, u"sparkline"_s, u"currency"_s, 30)};
    if (typeCount > 1)
        m_metrics[1] = {
            metric(u"Active days"_s, pageviews, u"count"_s, QJsonValue(), u"sparkline"_s, u"numeric"_s, 30)};
}

quint64 SandboxStore::hash(int typeIndex, int index, int salt) const
{
    return splitmix(m_options.seed * 1000003ULL + quint64(typeIndex) * 7919ULL + quint64(index) * 104729ULL
                    + quint64(salt) * 15485863ULL);
}

QString SandboxStore::isoTime(qint64 us)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
    if (us % 1000000 == 0)
        return time.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.' + QString::number(us % 1000000).rightJustified(6, u'0')
           + u'Z';
}

// --- group types -----------------------------------------------------------------------

int SandboxStore::groupTypeCount() const
{
    return int(m_types.size());
}

SandboxStore::GroupType *SandboxStore::groupType(int index)
{
    for (GroupType &type : m_types) {
        if (type.index == index)
            return &type;
    }
    return nullptr;
}

QJsonObject SandboxStore::groupTypeJson(const GroupType &type) const
{
    return QJsonObject{{u"group_type"_s, type.name},
                       {u"group_type_index"_s, type.index},
                       {u"name_singular"_s, type.nameSingular},
                       {u"name_plural"_s, type.namePlural},
                       {u"detail_dashboard"_s, type.detailDashboard},
                       {u"default_columns"_s, type.defaultColumns},
                       {u"created_at"_s, type.createdAt}};
}

QJsonArray SandboxStore::groupTypesJson() const
{
    QJsonArray array;
    for (const GroupType &type : m_types)
        array.append(groupTypeJson(type));
    return array;
}

bool SandboxStore::deleteGroupType(int index)
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).index == index) {
            // Only the mapping goes, as in PostHog; group rows stay (unreachable by type).
            m_types.removeAt(i);
            return true;
        }
    }
    return false;
}

int SandboxStore::nextDashboardId()
{
    return ++m_dashboardId;
}

// --- groups ----------------------------------------------------------------------------

QJsonObject SandboxStore::seededProperties(int t, int i) const
{
    const quint64 h = hash(t, i, 2);
    const QStringList &names = namePool();
    static const QStringList plans{u"free"_s, u"pro"_s, u"enterprise"_s, u"startup"_s};
    static const QStringList industries{u"finance"_s, u"technology"_s, u"retail"_s, u"health"_s, u"education"_s};
    static const QStringList cities{u"Berlin"_s, u"São Paulo"_s, u"Tel Aviv"_s, u"Cairo"_s, u"Tokyo"_s, u"Austin"_s};

    QJsonObject p;
    p.insert(u"name"_s, QString(names.at(int(h % quint64(names.size())))
                                + (i % 3 == 0 ? QString() : u" "_s + QString::number(i))));
    p.insert(u"plan"_s, i % 9 == 4 ? QJsonValue() : QJsonValue(plans.at(int((h >> 8) % 4))));
    p.insert(u"industry"_s, industries.at(int((h >> 12) % 5)));
    p.insert(u"seats"_s, int((h >> 16) % 500) + 1);
    p.insert(u"mrr"_s, double((h >> 24) % 100000) / 100.0);
    p.insert(u"is_active"_s, ((h >> 32) & 1) == 1);
    p.insert(u"is_trial"_s, ((h >> 33) & 1) == 1 ? u"true"_s : u"false"_s);
    p.insert(u"tags"_s, QJsonArray{industries.at(int((h >> 36) % 5)), (h >> 40) % 2 ? u"beta"_s : u"ga"_s});
    p.insert(u"address"_s, QJsonObject{{u"city"_s, cities.at(int((h >> 44) % 6))},
                                       {u"geo"_s, QJsonObject{{u"lat"_s, double((h >> 48) % 180) - 90.0},
                                                              {u"lng"_s, double((h >> 52) % 360) - 180.0}}}});
    p.insert(u"signup_date"_s, isoTime((SeedEpochSeconds + qint64(i) * SecondsPerGroup) * 1000000));
    p.insert(u"account owner"_s, i % 5 == 0 ? QJsonValue() : QJsonValue(u"owner%1@example.com"_s.arg(i % 17)));
    if (i % 4 == 1)
        p.insert(u"utm:source+medium/x"_s, u"google+cpc"_s);
    if (t == 1)
        p.insert(u"domain"_s, u"company%1.example"_s.arg(i));
    return p;
}

QJsonObject SandboxStore::propertiesOf(int typeIndex, const StoredGroup &group) const
{
    if (group.properties)
        return *group.properties;
    return seededProperties(typeIndex, group.seedIndex);
}

QJsonObject SandboxStore::toJson(int typeIndex, const StoredGroup &group) const
{
    return QJsonObject{{u"group_type_index"_s, typeIndex},
                       {u"group_key"_s, group.key},
                       {u"group_properties"_s, propertiesOf(typeIndex, group)},
                       {u"created_at"_s, isoTime(group.createdUs)}};
}

int SandboxStore::groupCount(int typeIndex) const
{
    const auto it = m_groups.constFind(typeIndex);
    return it == m_groups.cend() ? 0 : int(it->groups.size());
}

bool SandboxStore::hasGroup(int typeIndex, const QString &key) const
{
    const auto it = m_groups.constFind(typeIndex);
    return it != m_groups.cend() && it->byKey.contains(key);
}

QJsonObject SandboxStore::groupJson(int typeIndex, const QString &key) const
{
    const auto it = m_groups.constFind(typeIndex);
    if (it == m_groups.cend() || !it->byKey.contains(key))
        return {};
    return toJson(typeIndex, it->groups.at(size_t(it->byKey.value(key))));
}

QJsonObject SandboxStore::properties(int typeIndex, const QString &key) const
{
    return groupJson(typeIndex, key).value(u"group_properties"_s).toObject();
}

void SandboxStore::setProperties(int typeIndex, const QString &key, const QJsonObject &properties)
{
    auto it = m_groups.find(typeIndex);
    if (it == m_groups.end() || !it->byKey.contains(key))
        return;
    it->groups.at(size_t(it->byKey.value(key))).properties = properties;
    invalidateStats(typeIndex);
}

int SandboxStore::createRequests(int typeIndex, const QString &key) const
{
    return m_createRequests.value(QString::number(typeIndex) + QLatin1Char('\n') + key);
}

void SandboxStore::countCreateRequest(int typeIndex, const QString &key)
{
    ++m_createRequests[QString::number(typeIndex) + QLatin1Char('\n') + key];
}

bool SandboxStore::createGroup(int typeIndex, const QString &key, const QJsonObject &properties)
{
    TypeData &data = m_groups[typeIndex];
    if (data.byKey.contains(key))
        return false;
    StoredGroup group;
    group.key = key;
    group.properties = properties;
    group.createdUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    // Strictly newest, so appending keeps the vector sorted.
    if (!data.groups.empty())
        group.createdUs = qMax(group.createdUs, data.groups.back().createdUs + 1);
    data.byKey.insert(key, int(data.groups.size()));
    data.groups.push_back(std::move(group));
    invalidateStats(typeIndex);
    return true;
}

SandboxStore::Page SandboxStore::listGroups(int typeIndex, const QString &search, const QString &keyFilter,
                                            std::optional<std::pair<qint64, QString>> after, int limit) const
{
    Page page;
    const auto it = m_groups.constFind(typeIndex);
    if (it == m_groups.cend())
        return page;
    const std::vector<StoredGroup> &groups = it->groups;
    qsizetype start = qsizetype(groups.size()) - 1;
    if (after) {
        // First element not less than the cursor, then step below it (descending walk).
        const auto pos =
            std::lower_bound(groups.begin(), groups.end(), *after, [](const StoredGroup &g, const auto &c) {
                return g.createdUs < c.first || (g.createdUs == c.first && g.key < c.second);
            });
        start = qsizetype(pos - groups.begin()) - 1;
    }
    for (qsizetype i = start; i >= 0; --i) {
        const StoredGroup &group = groups.at(size_t(i));
        if (!keyFilter.isEmpty() && !group.key.contains(keyFilter, Qt::CaseInsensitive))
            continue;
        if (!search.isEmpty()) {
            // PostHog: substring of the raw properties JSON text, or the exact key (both ignoring case).
            bool match = group.key.compare(search, Qt::CaseInsensitive) == 0;
            if (!match) {
                const QString text =
                    QString::fromUtf8(QJsonDocument(propertiesOf(typeIndex, group)).toJson(QJsonDocument::Compact));
                match = text.contains(search, Qt::CaseInsensitive);
            }
            if (!match)
                continue;
        }
        if (page.results.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.results.append(toJson(typeIndex, group));
        page.lastCreatedUs = group.createdUs;
        page.lastKey = group.key;
    }
    return page;
}

QString SandboxStore::keyAt(int typeIndex, int position) const
{
    const auto it = m_groups.constFind(typeIndex);
    return it->groups.at(size_t(position)).key;
}

qint64 SandboxStore::createdUsAt(int typeIndex, int position) const
{
    const auto it = m_groups.constFind(typeIndex);
    return it->groups.at(size_t(position)).createdUs;
}

QJsonObject SandboxStore::propertiesAt(int typeIndex, int position) const
{
    const auto it = m_groups.constFind(typeIndex);
    return propertiesOf(typeIndex, it->groups.at(size_t(position)));
}

void SandboxStore::invalidateStats(int typeIndex)
{
    ++m_revision;
    m_definitionCache.remove(typeIndex);
    const QString prefix = QString::number(typeIndex) + u'\n';
    for (auto it = m_valueCountCache.begin(); it != m_valueCountCache.end();) {
        if (it.key().startsWith(prefix))
            it = m_valueCountCache.erase(it);
        else
            ++it;
    }
}

QList<std::pair<QString, std::pair<QString, int>>> SandboxStore::propertyDefinitions(int typeIndex) const
{
    const auto cached = m_definitionCache.constFind(typeIndex);
    if (cached != m_definitionCache.cend())
        return *cached;
    QMap<QString, std::pair<QString, int>> definitions;
    const auto it = m_groups.constFind(typeIndex);
    if (it != m_groups.cend()) {
        for (const StoredGroup &group : it->groups) {
            const QJsonObject props = propertiesOf(typeIndex, group);
            for (auto p = props.begin(); p != props.end(); ++p) {
                auto &entry = definitions[p.key()];
                if (entry.first.isEmpty() && !p.value().isNull())
                    entry.first = propertyType(p.value());
                ++entry.second;
            }
        }
    }
    QList<std::pair<QString, std::pair<QString, int>>> list;
    for (auto d = definitions.cbegin(); d != definitions.cend(); ++d)
        list.append({d.key(), {d.value().first.isEmpty() ? u"String"_s : d.value().first, d.value().second}});
    // Count desc, then name asc (as the older groups/property_definitions did).
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.second.second > b.second.second; });
    m_definitionCache.insert(typeIndex, list);
    return list;
}

QList<std::pair<QString, int>> SandboxStore::propertyValues(int typeIndex, const QString &key,
                                                            const QString &filter) const
{
    const QString cacheKey = QString::number(typeIndex) + u'\n' + key;
    auto cached = m_valueCountCache.constFind(cacheKey);
    if (cached == m_valueCountCache.cend()) {
        QHash<QString, int> counts;
        const auto it = m_groups.constFind(typeIndex);
        if (it != m_groups.cend()) {
            for (const StoredGroup &group : it->groups) {
                const QJsonValue value = propertiesOf(typeIndex, group).value(key);
                if (!value.isNull() && !value.isUndefined())
                    ++counts[valueText(value)];
            }
        }
        cached = m_valueCountCache.insert(cacheKey, counts);
    }
    // PostHog filters with ILIKE '%value%' without escaping: '%' and '_' stay wildcards.
    QString pattern;
    for (const QChar ch : filter)
        pattern += ch == u'%' ? u".*"_s : ch == u'_' ? u"."_s : QRegularExpression::escape(QString(ch));
    const QRegularExpression like(pattern, QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    QList<std::pair<QString, int>> list;
    for (auto c = cached->cbegin(); c != cached->cend(); ++c) {
        if (filter.isEmpty() || like.match(c.key()).hasMatch())
            list.append({c.key(), c.value()});
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (list.size() > 20)
        list.resize(20);
    return list;
}

// --- activity --------------------------------------------------------------------------

void SandboxStore::recordActivity(int typeIndex, const QString &key, const QString &activity, const QJsonObject &detail)
{
    const auto it = m_groups.constFind(typeIndex);
    const int row = it == m_groups.cend() ? -1 : it->byKey.value(key, -1);
    QJsonObject entry{
        {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"user"_s, QJsonObject{{u"first_name"_s, u"Sandbox"_s}, {u"email"_s, u"sandbox@groupdesk.local"_s}}},
        {u"activity"_s, activity},
        {u"scope"_s, u"Group"_s},
        {u"item_id"_s, QString::number(row)},
        {u"detail"_s, detail},
        {u"created_at"_s, isoTime(QDateTime::currentMSecsSinceEpoch() * 1000)}};
    m_activity[QString::number(typeIndex) + u'\n' + key].prepend(entry);
}

QList<QJsonObject> SandboxStore::activity(int typeIndex, const QString &key) const
{
    QList<QJsonObject> list = m_activity.value(QString::number(typeIndex) + u'\n' + key);
    const auto it = m_groups.constFind(typeIndex);
    if (it == m_groups.cend() || !it->byKey.contains(key))
        return list;
    const StoredGroup &group = it->groups.at(size_t(it->byKey.value(key)));
    if (group.seedIndex >= 0 && group.seedIndex % 4 == 0) {
        // Seeded history: a system actor changed the plan once.
        list.append(QJsonObject{
            {u"id"_s,
             QUuid::fromRfc4122(QByteArray::number(hash(typeIndex, group.seedIndex, 3)).leftJustified(16, '0').left(16))
                 .toString(QUuid::WithoutBraces)},
            {u"user"_s,
             QJsonObject{{u"first_name"_s, u"System"_s}, {u"email"_s, QJsonValue()}, {u"is_system"_s, true}}},
            {u"activity"_s, u"update_property"_s},
            {u"scope"_s, u"Group"_s},
            {u"item_id"_s, QString::number(it->byKey.value(key))},
            {u"detail"_s, QJsonObject{{u"name"_s, u"plan"_s},
                                      {u"changes"_s, QJsonArray{QJsonObject{{u"type"_s, u"Group"_s},
                                                                            {u"action"_s, u"changed"_s},
                                                                            {u"field"_s, QJsonValue()},
                                                                            {u"before"_s, u"free"_s},
                                                                            {u"after"_s, u"pro"_s}}}}}},
            {u"created_at"_s, isoTime(group.createdUs + 86400LL * 1000000)}});
    }
    return list;
}

QList<QJsonObject> &SandboxStore::metrics(int typeIndex)
{
    return m_metrics[typeIndex];
}
