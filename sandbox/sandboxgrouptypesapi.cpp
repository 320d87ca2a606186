#include "sandboxgrouptypesapi.h"

#include "sandboxstore.h"

#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString GroupTypeNotFound = u"Group type not found"_s;

// Data-warehouse tables the sandbox pretends to have (anything else "does not exist").
const QStringList &warehouseTables()
{
    static const QStringList tables{u"stripe_invoices"_s, u"stripe_charges"_s, u"hubspot_companies"_s};
    return tables;
}

QJsonObject olderMetricShape(const QJsonObject &metric)
{
    // Older servers serialised fewer fields (no math / math_property).
    QJsonObject older = metric;
    older.remove(u"math"_s);
    older.remove(u"math_property"_s);
    return older;
}
} // namespace

SandboxGroupTypesApi::SandboxGroupTypesApi(SandboxStore *store)
    : m_store(store)
{ }

SandboxReply SandboxGroupTypesApi::handle(const SandboxCall &call)
{
    const QStringList &s = call.segments;
    if (s.size() == 1) {
        if (call.method != "GET")
            return SandboxReply::methodNotAllowed(call.method);
        return SandboxReply::json(200, m_store->groupTypesJson());
    }
    const QString second = s.at(1);
    if (s.size() == 2 && second == u"update_metadata"_s)
        return call.method == "PATCH" ? updateMetadata(call) : SandboxReply::methodNotAllowed(call.method);
    if (s.size() == 2 && second == u"set_default_columns"_s)
        return call.method == "PUT" ? setDefaultColumns(call) : SandboxReply::methodNotAllowed(call.method);
    if (s.size() == 2 && second == u"create_detail_dashboard"_s)
        return call.method == "PUT" ? createDetailDashboard(call) : SandboxReply::methodNotAllowed(call.method);

    bool ok = false;
    const int typeIndex = second.toInt(&ok);
    if (s.size() == 2) {
        if (call.method != "DELETE")
            return SandboxReply::methodNotAllowed(call.method);
        if (!ok)
            return SandboxReply::serverError(); // int() without a guard in PostHog
        if (!m_store->deleteGroupType(typeIndex))
            return SandboxReply::notFound(GroupTypeNotFound);
        return SandboxReply::noContent();
    }
    if (s.at(2) != u"metrics"_s || s.size() > 4 || !ok)
        return SandboxReply::notFound();
    return metrics(call, typeIndex);
}

SandboxReply SandboxGroupTypesApi::updateMetadata(const SandboxCall &call)
{
    const QJsonDocument doc = call.json();
    if (!doc.isArray())
        return SandboxReply::serverError(); // PostHog iterates the body unguarded
    const QJsonArray rows = doc.array();
    for (const auto &value : rows) {
        const QJsonObject row = value.toObject();
        if (!row.contains(u"group_type_index"_s))
            return SandboxReply::serverError();
        SandboxStore::GroupType *type = m_store->groupType(row.value(u"group_type_index"_s).toInt(-1));
        if (!type)
            return SandboxReply::serverError(); // uncaught DoesNotExist; earlier rows stay updated
        for (const QString &field : {u"name_singular"_s, u"name_plural"_s}) {
            const QJsonValue name = row.value(field);
            if (name.isString() && name.toString().size() > 400)
                return SandboxReply::validation(field, u"Ensure this field has no more than 400 characters."_s,
                                                u"max_length"_s);
        }
        if (row.contains(u"name_singular"_s))
            type->nameSingular = row.value(u"name_singular"_s);
        if (row.contains(u"name_plural"_s))
            type->namePlural = row.value(u"name_plural"_s);
        // Older servers saved every writable field; the newest only the names.
        if (call.older && row.contains(u"default_columns"_s))
            type->defaultColumns = row.value(u"default_columns"_s);
    }
    return SandboxReply::json(200, m_store->groupTypesJson());
}

SandboxReply SandboxGroupTypesApi::setDefaultColumns(const SandboxCall &call)
{
    const QJsonObject body = call.json().object();
    if (!body.contains(u"group_type_index"_s) || !body.contains(u"default_columns"_s))
        return SandboxReply::serverError(); // KeyError in PostHog
    SandboxStore::GroupType *type = m_store->groupType(body.value(u"group_type_index"_s).toInt(-1));
    if (!type)
        return SandboxReply::notFound(GroupTypeNotFound);
    type->defaultColumns = body.value(u"default_columns"_s);
    return SandboxReply::json(200, m_store->groupTypeJson(*type));
}

SandboxReply SandboxGroupTypesApi::createDetailDashboard(const SandboxCall &call)
{
    const QJsonObject body = call.json().object();
    SandboxStore::GroupType *type = m_store->groupType(body.value(u"group_type_index"_s).toInt(-1));
    if (!type)
        return SandboxReply::notFound(GroupTypeNotFound);
    if (!type->detailDashboard.isNull()) {
        // PostHog's bare body: no type, code or attr.
        return SandboxReply::json(400, QJsonObject{{u"detail"_s, u"Dashboard already exists for this group type."_s}});
    }
    type->detailDashboard = m_store->nextDashboardId();
    return SandboxReply::json(200, m_store->groupTypeJson(*type));
}

std::optional<SandboxReply> SandboxGroupTypesApi::applyMetric(const QJsonObject &body, bool partial,
                                                              QJsonObject &metric)
{
    const auto choice = [&](const QString &field, const QStringList &choices) -> std::optional<SandboxReply> {
        if (!body.contains(field))
            return std::nullopt;
        const QJsonValue value = body.value(field);
        if (!value.isString() || !choices.contains(value.toString())) {
            return SandboxReply::validation(field,
                                            u"\"%1\" is not a valid choice."_s.arg(
                                                value.isString() ? value.toString() : value.toVariant().toString()),
                                            u"invalid_choice"_s);
        }
        metric.insert(field, value);
        return std::nullopt;
    };
    if (body.contains(u"name"_s) || !partial) {
        const QJsonValue name = body.value(u"name"_s);
        if (name.isUndefined())
            return SandboxReply::required(u"name"_s);
        if (!name.isString())
            return SandboxReply::validation(u"name"_s, u"Not a valid string."_s, u"invalid"_s);
        if (name.toString().trimmed().isEmpty())
            return SandboxReply::validation(u"name"_s, u"This field may not be blank."_s, u"blank"_s);
        if (name.toString().size() > 255)
            return SandboxReply::validation(u"name"_s, u"Ensure this field has no more than 255 characters."_s,
                                            u"max_length"_s);
        metric.insert(u"name"_s, name);
    }
    if (auto e = choice(u"format"_s, {u"numeric"_s, u"currency"_s}))
        return e;
    if (auto e = choice(u"display"_s, {u"number"_s, u"sparkline"_s}))
        return e;
    if (auto e = choice(u"math"_s, {u"count"_s, u"sum"_s}))
        return e;
    if (body.contains(u"interval"_s)) {
        if (!body.value(u"interval"_s).isDouble())
            return SandboxReply::validation(u"interval"_s, u"A valid integer is required."_s, u"invalid"_s);
        metric.insert(u"interval"_s, body.value(u"interval"_s).toInt());
    }
    if (body.contains(u"filters"_s) || !partial) {
        const QJsonValue filters = body.value(u"filters"_s);
        if (filters.isUndefined())
            return SandboxReply::required(u"filters"_s);
        if (!filters.isObject())
            return SandboxReply::validation(u"filters"_s, u"Value must be valid JSON."_s, u"invalid"_s);
        const QJsonObject f = filters.toObject();
        const QString source = f.value(u"source"_s).toString(u"events"_s);
        if (source == u"data_warehouse"_s) {
            for (const QString &field : {u"table_name"_s, u"timestamp_field"_s, u"key_field"_s}) {
                if (f.value(field).toString().isEmpty())
                    return SandboxReply::validation(u"filters"_s, u"Data warehouse metrics require '%1'."_s.arg(field));
            }
            if (!warehouseTables().contains(f.value(u"table_name"_s).toString()))
                return SandboxReply::validation(
                    u"filters"_s, u"Table '%1' does not exist."_s.arg(f.value(u"table_name"_s).toString()));
        } else if (source != u"events"_s) {
            return SandboxReply::validation(u"filters"_s, u"Unknown source: '%1'"_s.arg(source));
        }
        metric.insert(u"filters"_s, f);
    }
    if (body.contains(u"math_property"_s)) {
        const QJsonValue p = body.value(u"math_property"_s);
        if (!p.isNull() && !p.isString())
            return SandboxReply::validation(u"math_property"_s, u"Not a valid string."_s, u"invalid"_s);
        if (p.toString().size() > 255)
            return SandboxReply::validation(u"math_property"_s, u"Ensure this field has no more than 255 characters."_s,
                                            u"max_length"_s);
        metric.insert(u"math_property"_s, p);
    }
    const bool sum = metric.value(u"math"_s).toString() == u"sum"_s;
    const bool hasProperty = !metric.value(u"math_property"_s).toString().isEmpty();
    if (sum && !hasProperty)
        return SandboxReply::validation(u"math_property"_s, u"math_property is required when math is 'sum'."_s);
    if (!sum && hasProperty)
        return SandboxReply::validation(u"math_property"_s, u"math_property must be empty when math is 'count'."_s);
    return std::nullopt;
}

SandboxReply SandboxGroupTypesApi::metrics(const SandboxCall &call, int typeIndex)
{
    QList<QJsonObject> &list = m_store->metrics(typeIndex);
    const auto shaped = [&call](const QJsonObject &metric) { return call.older ? olderMetricShape(metric) : metric; };
    if (call.segments.size() == 3) {
        if (call.method == "GET") {
            // DRF LimitOffsetPagination, default 100.
            const int limit = call.hasParam(u"limit"_s) ? qMax(1, call.param(u"limit"_s).toInt()) : 100;
            const int offset = qMax(0, call.param(u"offset"_s).toInt());
            QJsonArray results;
            for (qsizetype i = offset; i < list.size() && i < offset + limit; ++i)
                results.append(shaped(list.at(i)));
            const auto link = [&](int off) {
                QUrl url = call.url;
                url.setQuery(u"limit=%1&offset=%2"_s.arg(limit).arg(off));
                return QJsonValue(url.toString(QUrl::FullyEncoded));
            };
            return SandboxReply::json(
                200, QJsonObject{{u"count"_s, int(list.size())},
                                 {u"next"_s, offset + limit < list.size() ? link(offset + limit) : QJsonValue()},
                                 {u"previous"_s, offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue()},
                                 {u"results"_s, results}});
        }
        if (call.method != "POST")
            return SandboxReply::methodNotAllowed(call.method);
        QJsonObject metric{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"format"_s, u"numeric"_s},
                           {u"interval"_s, 7},
                           {u"display"_s, u"number"_s},
                           {u"math"_s, u"count"_s},
                           {u"math_property"_s, QJsonValue()}};
        if (!call.json().isObject())
            return SandboxReply::validation(QString(), u"Invalid data. Expected a dictionary, but got list."_s,
                                            u"invalid"_s);
        if (auto error = applyMetric(call.json().object(), false, metric))
            return *error;
        for (const QJsonObject &existing : std::as_const(list)) {
            if (existing.value(u"name"_s) == metric.value(u"name"_s))
                return SandboxReply::serverError(); // DB unique constraint, not caught by the serializer
        }
        list.append(metric);
        return SandboxReply::json(201, shaped(metric));
    }

    const QString id = call.segments.at(3);
    qsizetype row = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).value(u"id"_s).toString() == id)
            row = i;
    }
    if (row < 0)
        return SandboxReply::notFound();
    if (call.method == "GET")
        return SandboxReply::json(200, shaped(list.at(row)));
    if (call.method == "DELETE") {
        list.removeAt(row);
        return SandboxReply::noContent();
    }
    if (call.method != "PUT" && call.method != "PATCH")
        return SandboxReply::methodNotAllowed(call.method);
    QJsonObject metric = list.at(row);
    if (auto error = applyMetric(call.json().object(), call.method == "PATCH", metric))
        return *error;
    list[row] = metric;
    return SandboxReply::json(200, shaped(metric));
}
