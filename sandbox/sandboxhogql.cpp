#include "sandboxhogql.h"

#include "sandboxstore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

struct SandboxHogQl::Node
{
    enum class Kind
    {
        Field,
        Call,
        Literal
    } kind = Kind::Literal;
    QStringList path; ///< Field: "properties", "arr", ...
    QString function; ///< Call: lower-case name as written
    QList<NodePtr> args;
    QJsonValue literal;
    /// `x IN (...)` of string literals only: the texts, so a 5,000-key filter stays a lookup.
    QSet<QString> literals;
};

namespace {
struct Token
{
    enum class Type
    {
        End,
        Identifier,
        Quoted, ///< `backticked` identifier
        Number,
        String,
        Punct
    } type = Type::End;
    QString text;
    int column = 0;
};

class Lexer
{
public:
    explicit Lexer(QString text)
        : m_text(std::move(text))
    { }

    bool run(QList<Token> &tokens, QString *error)
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            const int column = int(i) + 1;
            if (c.isSpace()) {
                ++i;
            } else if (c.isLetter() || c == u'_' || c == u'$') {
                const qsizetype start = i;
                while (i < m_text.size()
                       && (m_text.at(i).isLetterOrNumber() || m_text.at(i) == u'_' || m_text.at(i) == u'$'))
                    ++i;
                tokens.append({Token::Type::Identifier, m_text.mid(start, i - start), column});
            } else if (c.isDigit()) {
                const qsizetype start = i;
                while (i < m_text.size() && (m_text.at(i).isDigit() || m_text.at(i) == u'.'))
                    ++i;
                tokens.append({Token::Type::Number, m_text.mid(start, i - start), column});
            } else if (c == u'`' || c == u'\'') {
                QString value;
                ++i;
                bool closed = false;
                while (i < m_text.size()) {
                    const QChar d = m_text.at(i);
                    if (d == u'\\' && i + 1 < m_text.size()) {
                        // HogQL's common escapes; any other escaped character stands for itself.
                        const QChar e = m_text.at(i + 1);
                        value += e == u'n'   ? QChar(u'\n')
                                 : e == u'r' ? QChar(u'\r')
                                 : e == u't' ? QChar(u'\t')
                                 : e == u'0' ? QChar(u'\0')
                                             : e;
                        i += 2;
                    } else if (d == c) {
                        closed = true;
                        ++i;
                        break;
                    } else {
                        value += d;
                        ++i;
                    }
                }
                if (!closed) {
                    *error = u"Syntax error at line 1, column %1: unterminated quote"_s.arg(column);
                    return false;
                }
                tokens.append({c == u'`' ? Token::Type::Quoted : Token::Type::String, value, column});
            } else if (QStringView(u"(),.[]").contains(c)) {
                tokens.append({Token::Type::Punct, QString(c), column});
                ++i;
            } else {
                *error = u"Syntax error at line 1, column %1: no viable alternative at input '%2'"_s.arg(column).arg(c);
                return false;
            }
        }
        tokens.append({Token::Type::End, QString(), int(m_text.size()) + 1});
        return true;
    }

private:
    QString m_text;
};

class Parser
{
public:
    Parser(QList<Token> tokens, QString *error)
        : m_tokens(std::move(tokens))
        , m_error(error)
    { }

    /// expression [[NOT] IN (expression, ...)]: the membership test property filters of type
    /// "hogql" use (`key IN ('a', 'b')`).
    SandboxHogQl::NodePtr condition()
    {
        SandboxHogQl::NodePtr left = expression();
        if (!left)
            return nullptr;
        bool negated = false;
        if (peek().type == Token::Type::Identifier && peek().text.compare(u"not"_s, Qt::CaseInsensitive) == 0) {
            next();
            negated = true;
            if (peek().type != Token::Type::Identifier || peek().text.compare(u"in"_s, Qt::CaseInsensitive) != 0)
                return fail(peek());
        }
        if (peek().type != Token::Type::Identifier || peek().text.compare(u"in"_s, Qt::CaseInsensitive) != 0)
            return left;
        next();
        const Token open = next();
        if (open.type != Token::Type::Punct || open.text != u"("_s)
            return fail(open);
        auto node = std::make_shared<SandboxHogQl::Node>();
        node->kind = SandboxHogQl::Node::Kind::Call;
        node->function = negated ? u"notIn"_s : u"in"_s;
        node->args.append(left);
        bool allText = true;
        while (true) {
            SandboxHogQl::NodePtr item = expression();
            if (!item)
                return nullptr;
            allText = allText && item->kind == SandboxHogQl::Node::Kind::Literal && item->literal.isString();
            node->args.append(item);
            const Token sep = next();
            if (sep.type == Token::Type::Punct && sep.text == u")"_s)
                break;
            if (sep.type != Token::Type::Punct || sep.text != u","_s)
                return fail(sep);
        }
        if (allText) {
            node->literals.reserve(node->args.size());
            for (qsizetype i = 1; i < node->args.size(); ++i)
                node->literals.insert(node->args.at(i)->literal.toString());
        }
        return node;
    }

    SandboxHogQl::NodePtr expression()
    {
        const Token token = next();
        auto node = std::make_shared<SandboxHogQl::Node>();
        switch (token.type) {
        case Token::Type::Number:
            node->kind = SandboxHogQl::Node::Kind::Literal;
            node->literal = token.text.toDouble();
            return node;
        case Token::Type::String:
            node->kind = SandboxHogQl::Node::Kind::Literal;
            node->literal = token.text;
            return node;
        case Token::Type::Identifier:
            if (peek().type == Token::Type::Punct && peek().text == u"("_s) {
                next();
                node->kind = SandboxHogQl::Node::Kind::Call;
                node->function = token.text;
                if (peek().text == u")"_s && peek().type == Token::Type::Punct) {
                    next();
                    return node;
                }
                while (true) {
                    SandboxHogQl::NodePtr arg = expression();
                    if (!arg)
                        return nullptr;
                    node->args.append(arg);
                    const Token sep = next();
                    if (sep.type == Token::Type::Punct && sep.text == u")"_s)
                        return node;
                    if (sep.type != Token::Type::Punct || sep.text != u","_s)
                        return fail(sep);
                }
            }
            if (token.text.compare(u"null"_s, Qt::CaseInsensitive) == 0) {
                node->kind = SandboxHogQl::Node::Kind::Literal;
                return node;
            }
            node->kind = SandboxHogQl::Node::Kind::Field;
            node->path.append(token.text);
            // properties.a.b, properties.`a b`, properties['a b']
            while (peek().type == Token::Type::Punct && (peek().text == u"."_s || peek().text == u"["_s)) {
                const Token punct = next();
                const Token part = next();
                if (punct.text == u"."_s && part.type != Token::Type::Identifier && part.type != Token::Type::Quoted
                    && part.type != Token::Type::Number)
                    return fail(part);
                if (punct.text == u"["_s) {
                    if (part.type != Token::Type::String || next().text != u"]"_s)
                        return fail(part);
                }
                node->path.append(part.text);
            }
            return node;
        case Token::Type::Quoted:
            node->kind = SandboxHogQl::Node::Kind::Field;
            node->path.append(token.text);
            return node;
        default:
            return fail(token);
        }
    }

    const Token &peek() const { return m_tokens.at(qMin(m_pos, m_tokens.size() - 1)); }
    Token next() { return m_tokens.at(qMin(m_pos++, m_tokens.size() - 1)); }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_tokens.size(); }

    SandboxHogQl::NodePtr fail(const Token &token)
    {
        if (m_error->isEmpty()) {
            *m_error =
                token.type == Token::Type::End
                    ? u"Syntax error at line 1, column %1: unexpected end of expression"_s.arg(token.column)
                    : u"Syntax error at line 1, column %1: no viable alternative at input '%2'"_s.arg(token.column)
                          .arg(token.text);
        }
        return nullptr;
    }

private:
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString *m_error;
};

const QStringList &castFunctions()
{
    static const QStringList names{u"toFloat"_s, u"toFloatOrNull"_s, u"toFloat64OrNull"_s, u"toFloatOrDefault"_s,
                                   u"toInt"_s,   u"toString"_s,      u"coalesce"_s,        u"lower"_s,
                                   u"upper"_s,   u"count"_s};
    return names;
}

QJsonValue nested(const QJsonValue &root, const QStringList &path, qsizetype from)
{
    QJsonValue value = root;
    for (qsizetype i = from; i < path.size(); ++i) {
        if (value.isObject())
            value = value.toObject().value(path.at(i));
        else if (value.isArray())
            value = value.toArray().at(path.at(i).toInt());
        else
            return QJsonValue();
        if (value.isUndefined())
            return QJsonValue();
    }
    return value;
}

QString displayName(const SandboxHogQl::Row &row)
{
    const QJsonValue name = row.properties.value(u"name"_s);
    return name.isString() && !name.toString().isEmpty() ? name.toString() : row.key;
}
} // namespace

SandboxHogQl::NodePtr SandboxHogQl::parse(const QString &text, QString *error)
{
    QList<Token> tokens;
    if (!Lexer(text).run(tokens, error))
        return nullptr;
    Parser parser(tokens, error);
    NodePtr node = parser.condition();
    if (!node)
        return nullptr;
    if (parser.peek().type != Token::Type::End) {
        parser.fail(parser.peek());
        return nullptr;
    }
    return check(node, error) ? node : nullptr;
}

std::optional<SandboxHogQl::OrderTerm> SandboxHogQl::parseOrder(const QString &text, QString *error)
{
    QStringList words = text.simplified().split(u' ');
    OrderTerm term;
    const auto upper = [&](qsizetype fromEnd) {
        return words.size() > fromEnd ? words.at(words.size() - 1 - fromEnd).toUpper() : QString();
    };
    if (upper(1) == u"NULLS"_s && (upper(0) == u"FIRST"_s || upper(0) == u"LAST"_s)) {
        term.nullsFirst = upper(0) == u"FIRST"_s;
        words.resize(words.size() - 2);
    }
    if (upper(0) == u"ASC"_s || upper(0) == u"DESC"_s) {
        term.descending = upper(0) == u"DESC"_s;
        words.removeLast();
    }
    term.expression = parse(words.join(u' '), error);
    if (!term.expression)
        return std::nullopt;
    if (isAggregate(term.expression)) {
        *error = u"Aggregation 'count' is not allowed in ORDER BY of this query"_s;
        return std::nullopt;
    }
    return term;
}

bool SandboxHogQl::isAggregate(const NodePtr &node)
{
    return node && node->kind == Node::Kind::Call && node->function == u"count"_s;
}

bool SandboxHogQl::readsOnlyKey(const NodePtr &node)
{
    switch (node->kind) {
    case Node::Kind::Literal:
        return true;
    case Node::Kind::Field:
        return node->path.size() == 1 && node->path.constFirst() == u"key"_s;
    case Node::Kind::Call:
        return std::all_of(node->args.cbegin(), node->args.cend(),
                           [](const NodePtr &arg) { return readsOnlyKey(arg); });
    }
    return false;
}

bool SandboxHogQl::check(const NodePtr &node, QString *error)
{
    switch (node->kind) {
    case Node::Kind::Literal:
        return true;
    case Node::Kind::Field: {
        static const QStringList roots{u"group_name"_s, u"key"_s, u"created_at"_s, u"updated_at"_s, u"index"_s};
        const QString &root = node->path.constFirst();
        if (root == u"properties"_s)
            return true; // bare `properties` is the JSON column as text
        if (roots.contains(root) && node->path.size() == 1)
            return true;
        *error = u"Unable to resolve field: %1"_s.arg(node->path.join(u'.'));
        return false;
    }
    case Node::Kind::Call: {
        if (node->function == u"in"_s || node->function == u"notIn"_s) {
            for (const NodePtr &arg : node->args) {
                if (isAggregate(arg) || !check(arg, error)) {
                    if (error->isEmpty())
                        *error = u"Aggregation 'count' cannot be used inside IN"_s;
                    return false;
                }
            }
            return true;
        }
        if (!castFunctions().contains(node->function)) {
            *error = u"Unsupported function call '%1(...)'"_s.arg(node->function);
            return false;
        }
        const qsizetype arity = node->args.size();
        const QString &f = node->function;
        const bool ok = f == u"count"_s              ? arity == 0
                        : f == u"coalesce"_s         ? arity >= 1
                        : f == u"toFloatOrDefault"_s ? arity == 2
                                                     : arity == 1;
        if (!ok) {
            *error = u"Function '%1' got the wrong number of arguments (%2)"_s.arg(f).arg(arity);
            return false;
        }
        for (const NodePtr &arg : node->args) {
            if (isAggregate(arg)) {
                *error = u"Aggregation 'count' cannot be nested inside '%1'"_s.arg(f);
                return false;
            }
            if (!check(arg, error))
                return false;
        }
        return true;
    }
    }
    return false;
}

QString SandboxHogQl::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

std::optional<double> SandboxHogQl::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

QJsonValue SandboxHogQl::evaluate(const NodePtr &node, const Row &row, const Definitions &definitions)
{
    switch (node->kind) {
    case Node::Kind::Literal:
        return node->literal;
    case Node::Kind::Field: {
        const QString &root = node->path.constFirst();
        if (root == u"key"_s)
            return row.key;
        if (root == u"group_name"_s)
            return displayName(row);
        if (root == u"created_at"_s || root == u"updated_at"_s)
            return double(row.createdUs);
        if (root == u"index"_s)
            return row.typeIndex;
        if (node->path.size() == 1)
            return text(row.properties);
        QJsonValue raw = nested(row.properties, node->path, 1);
        if (raw.isNull() || raw.isUndefined())
            return QJsonValue();
        if (node->path.size() > 2)
            return text(raw); // JSONExtract of a nested path is a string
        const QString type = definitions.value(node->path.at(1), u"String"_s);
        if (type == u"Numeric"_s) {
            const auto value = number(raw);
            return value ? QJsonValue(*value) : QJsonValue();
        }
        if (type == u"Boolean"_s) {
            if (raw.isBool())
                return raw;
            const QString t = text(raw).toLower();
            return t == u"true"_s ? QJsonValue(true) : t == u"false"_s ? QJsonValue(false) : QJsonValue();
        }
        return text(raw);
    }
    case Node::Kind::Call: {
        const QString &f = node->function;
        if (f == u"in"_s || f == u"notIn"_s) {
            // ClickHouse: NULL IN (...) is false (transform_null_in off), and so is NOT IN.
            const QJsonValue left = evaluate(node->args.constFirst(), row, definitions);
            if (left.isNull())
                return false;
            const QString leftText = text(left);
            bool found = false;
            if (!node->literals.isEmpty()) {
                found = node->literals.contains(leftText);
            } else {
                for (qsizetype i = 1; i < node->args.size() && !found; ++i)
                    found = text(evaluate(node->args.at(i), row, definitions)) == leftText;
            }
            return f == u"in"_s ? found : !found;
        }
        if (f == u"coalesce"_s) {
            for (const NodePtr &arg : node->args) {
                QJsonValue value = evaluate(arg, row, definitions);
                if (!value.isNull())
                    return value;
            }
            return QJsonValue();
        }
        const QJsonValue value = evaluate(node->args.constFirst(), row, definitions);
        if (f == u"toString"_s)
            return value.isNull() ? QJsonValue() : QJsonValue(text(value));
        if (f == u"lower"_s || f == u"upper"_s) {
            if (value.isNull())
                return QJsonValue();
            return f == u"lower"_s ? text(value).toLower() : text(value).toUpper();
        }
        // HogQL's toFloat/toInt are accurateCastOrNull: text that is no number gives NULL.
        const auto parsed = number(value);
        if (f == u"toFloatOrDefault"_s)
            return parsed ? *parsed : evaluate(node->args.at(1), row, definitions);
        if (!parsed)
            return QJsonValue();
        if (f == u"toInt"_s)
            return std::trunc(*parsed);
        return *parsed;
    }
    }
    return QJsonValue();
}

QJsonValue SandboxHogQl::output(const NodePtr &node, const Row &row, const Definitions &definitions, bool olderShape)
{
    if (node->kind == Node::Kind::Field) {
        const QString &root = node->path.constFirst();
        if (root == u"created_at"_s || root == u"updated_at"_s)
            return SandboxStore::isoTime(row.createdUs);
        if (root == u"group_name"_s && !olderShape)
            return QJsonObject{{u"display_name"_s, displayName(row)}, {u"key"_s, row.key}};
    }
    return evaluate(node, row, definitions);
}

QString SandboxHogQl::typeName(const NodePtr &node, const Definitions &definitions)
{
    switch (node->kind) {
    case Node::Kind::Literal:
        return node->literal.isDouble() ? u"Float64"_s : node->literal.isNull() ? u"Nullable(Nothing)"_s : u"String"_s;
    case Node::Kind::Field: {
        const QString &root = node->path.constFirst();
        if (root == u"group_name"_s)
            return u"Tuple(String, String)"_s;
        if (root == u"key"_s)
            return u"String"_s;
        if (root == u"created_at"_s || root == u"updated_at"_s)
            return u"DateTime64(6, 'UTC')"_s;
        if (root == u"index"_s)
            return u"Int64"_s;
        if (node->path.size() == 1)
            return u"String"_s;
        if (node->path.size() > 2)
            return u"Nullable(String)"_s;
        const QString type = definitions.value(node->path.at(1), u"String"_s);
        if (type == u"Numeric"_s)
            return u"Nullable(Float64)"_s;
        if (type == u"Boolean"_s)
            return u"Nullable(Bool)"_s;
        return u"Nullable(String)"_s;
    }
    case Node::Kind::Call:
        if (node->function == u"count"_s)
            return u"UInt64"_s;
        if (node->function == u"in"_s || node->function == u"notIn"_s)
            return u"UInt8"_s;
        if (node->function == u"toString"_s || node->function == u"lower"_s || node->function == u"upper"_s)
            return u"Nullable(String)"_s;
        if (node->function == u"coalesce"_s)
            return typeName(node->args.constFirst(), definitions);
        return node->function == u"toInt"_s ? u"Nullable(Int64)"_s : u"Nullable(Float64)"_s;
    }
    return {};
}

QString SandboxHogQl::print(const NodePtr &node)
{
    switch (node->kind) {
    case Node::Kind::Literal:
        return node->literal.isString() ? u"'"_s + node->literal.toString() + u"'"_s
               : node->literal.isNull() ? u"NULL"_s
                                        : text(node->literal);
    case Node::Kind::Field:
        if (node->path.constFirst() == u"group_name"_s)
            return u"tuple(coalesce(properties.name, key), toString(key))"_s;
        return node->path.join(u'.');
    case Node::Kind::Call: {
        QStringList args;
        for (const NodePtr &arg : node->args)
            args.append(print(arg));
        return node->function + u'(' + args.join(u", "_s) + u')';
    }
    }
    return {};
}

int SandboxHogQl::compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const QString x = text(a);
    const QString y = text(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
