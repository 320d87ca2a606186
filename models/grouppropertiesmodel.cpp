#include "grouppropertiesmodel.h"

#include "editfailure.h"
#include "editservice.h"
#include "flatindex.h"
#include "jsontext.h"
#include "modelroles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

GroupPropertiesModel::GroupPropertiesModel(EditService *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_edits(edits)
{
    if (m_edits) {
        connect(m_edits, &EditService::groupChanged, this, &GroupPropertiesModel::onGroupChanged);
        connect(m_edits, &EditService::propertyPending, this, &GroupPropertiesModel::onPropertyPending);
        connect(m_edits, &EditService::editFailed, this, &GroupPropertiesModel::onEditFailed);
    }
}

GroupPropertiesModel::~GroupPropertiesModel() = default;

void GroupPropertiesModel::setGroup(const Group &group)
{
    beginResetModel();
    m_group = group;
    m_pending.clear();
    m_errors.clear();
    rebuildNames();
    endResetModel();
}

bool GroupPropertiesModel::addProperty(const QString &name, const QJsonValue &value)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT editRejected(tr("A property needs a name."));
        return false;
    }
    if (m_group.properties.contains(trimmed)) {
        Q_EMIT editRejected(tr("The group already has a property named %1.").arg(trimmed));
        return false;
    }
    if (value.isNull() || value.isUndefined()) {
        Q_EMIT editRejected(nullRefusal(trimmed));
        return false;
    }
    if (!m_edits || m_group.key.isEmpty())
        return false;
    m_edits->setGroupProperty(m_group.typeIndex, m_group.key, trimmed, value, std::nullopt);
    return true;
}

bool GroupPropertiesModel::removeProperty(const QString &name)
{
    if (!m_group.properties.contains(name) || !m_edits) {
        Q_EMIT editRejected(tr("The group has no property named %1.").arg(name));
        return false;
    }
    // A value still pending is not the server's: undo must restore the one before it.
    m_edits->removeGroupProperty(m_group.typeIndex, m_group.key, name,
                                 m_beforeValues.value(name, m_group.properties.value(name)));
    return true;
}

QString GroupPropertiesModel::nullRefusal(const QString &name)
{
    // update_property answers null with a bare 400; say what works instead, before any request.
    return tr("PostHog cannot store an empty (null) value in %1; delete the property instead.").arg(name);
}

QJsonValue GroupPropertiesModel::value(const QString &name) const
{
    return m_group.properties.value(name);
}

int GroupPropertiesModel::rowForName(const QString &name) const
{
    const auto it = std::lower_bound(m_names.cbegin(), m_names.cend(), name);
    if (it == m_names.cend() || *it != name)
        return -1;
    return static_cast<int>(it - m_names.cbegin());
}

std::optional<QJsonValue> GroupPropertiesModel::parseLike(const QString &text, const QJsonValue &like, QString *error)
{
    const QString trimmed = text.trimmed();
    switch (like.type()) {
    case QJsonValue::Double: {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok) {
            if (error)
                *error = tr("%1 is not a number.").arg(text);
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case QJsonValue::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == "true"_L1 || lower == "1"_L1 || lower == "yes"_L1)
            return QJsonValue(true);
        if (lower == "false"_L1 || lower == "0"_L1 || lower == "no"_L1)
            return QJsonValue(false);
        if (error)
            *error = tr("%1 is not true or false.").arg(text);
        return std::nullopt;
    }
    case QJsonValue::Object:
    case QJsonValue::Array: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        const bool wantObject = like.isObject();
        if (parseError.error != QJsonParseError::NoError || (wantObject ? !doc.isObject() : !doc.isArray())) {
            if (error)
                *error =
                    wantObject ? tr("Enter a JSON object, e.g. {\"a\": 1}.") : tr("Enter a JSON array, e.g. [1, 2].");
            return std::nullopt;
        }
        return wantObject ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: {
        // No type to keep: JSON literals keep their type, anything else is a string.
        if (trimmed == "null"_L1)
            return QJsonValue(QJsonValue::Null);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed.toUtf8() + "]", &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1)
            return doc.array().at(0);
        return QJsonValue(text);
    }
    case QJsonValue::String:
        return QJsonValue(text);
    }
    return QJsonValue(text);
}

QString GroupPropertiesModel::jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    }
    return u"null"_s;
}

QString GroupPropertiesModel::displayText(const QJsonValue &value)
{
    // A stored null shows as the word, so it differs from an empty string.
    return JsonText::toText(value, u"null"_s);
}

QString GroupPropertiesModel::localizedText(const QJsonValue &value)
{
    if (!value.isDouble())
        return displayText(value);
    // The window speaks the user's locale (1.234,5 in German); files and editors keep JSON's
    // C-locale form (displayText(), CsvFormat), so nothing typed back is misread.
    const double number = value.toDouble();
    constexpr double MaxExactInteger = 9007199254740992.0; // 2^53, as JsonText::toText
    const QLocale locale;
    if (std::abs(number) <= MaxExactInteger && std::trunc(number) == number)
        return locale.toString(static_cast<qint64>(number));
    return locale.toString(number, 'g', 15);
}

int GroupPropertiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int GroupPropertiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupPropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const QString &name = m_names.at(index.row());
    const QJsonValue v = m_group.properties.value(name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return name;
        case Value:
            // Editors get JSON text for objects/arrays and plain text otherwise; what is shown
            // has numbers in the user's locale.
            return role == Qt::DisplayRole ? localizedText(v) : displayText(v);
        case Type:
            return jsonTypeName(v);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return name;
        case Value:
            return QVariant::fromValue(v);
        case Type:
            return jsonTypeName(v);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!m_errors.value(name).isEmpty())
            return m_errors.value(name);
        return {};
    case JsonTypeRole:
        return jsonTypeName(v);
    case PendingRole:
        return m_pending.value(name) > 0;
    case ErrorRole:
        return m_errors.value(name);
    case GroupKeyRole:
        return m_group.key;
    case TypeIndexRole:
        return m_group.typeIndex;
    default:
        return {};
    }
}

QVariant GroupPropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Property");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags GroupPropertiesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value && m_edits)
        f |= Qt::ItemIsEditable;
    return f;
}

bool GroupPropertiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Value || !m_edits)
        return false;
    const QString name = m_names.at(index.row());
    const QJsonValue current = m_group.properties.value(name);
    QJsonValue next;
    if (role == RawValueRole) {
        next = value.metaType() == QMetaType::fromType<QJsonValue>() ? value.value<QJsonValue>()
                                                                     : QJsonValue::fromVariant(value);
    } else if (role == Qt::EditRole) {
        QString error;
        const std::optional<QJsonValue> parsed = parseLike(value.toString(), current, &error);
        if (!parsed) {
            Q_EMIT editRejected(error);
            return false;
        }
        next = *parsed;
    } else {
        return false;
    }
    if (next == current)
        return true;
    if (next.isNull() || next.isUndefined()) {
        Q_EMIT editRejected(nullRefusal(name));
        return false;
    }
    // The row shows the intended value (PendingRole); the server's answer or a failure follows.
    // Keep the first before-value so a failure restores what the server still has.
    if (!m_beforeValues.contains(name))
        m_beforeValues.insert(name, current);
    m_group.properties.insert(name, next);
    m_errors.remove(name);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    m_edits->setGroupProperty(m_group.typeIndex, m_group.key, name, next, m_beforeValues.value(name));
    return true;
}

bool GroupPropertiesModel::isCurrent(int typeIndex, const QString &key) const
{
    return typeIndex == m_group.typeIndex && key == m_group.key && !key.isEmpty();
}

void GroupPropertiesModel::rebuildNames()
{
    m_names = m_group.properties.keys();
    std::sort(m_names.begin(), m_names.end());
}

void GroupPropertiesModel::onGroupChanged(const Group &group)
{
    if (!isCurrent(group.typeIndex, group.key))
        return;
    QStringList names = group.properties.keys();
    std::sort(names.begin(), names.end());
    // Confirmed writes need no restore copy any more; writes still in flight keep theirs.
    for (auto it = m_beforeValues.begin(); it != m_beforeValues.end();) {
        if (m_pending.value(it.key()) == 0)
            it = m_beforeValues.erase(it);
        else
            ++it;
    }
    if (names == m_names) {
        m_group.properties = group.properties;
        if (!m_names.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_names.size()) - 1, ColumnCount - 1));
        return;
    }
    // A property appeared or vanished: rebuild (property lists are short).
    beginResetModel();
    m_group.properties = group.properties;
    m_names = names;
    endResetModel();
}

void GroupPropertiesModel::onPropertyPending(int typeIndex, const QString &key, const QString &name, bool pending)
{
    if (!isCurrent(typeIndex, key))
        return;
    int &count = m_pending[name];
    count = std::max(0, count + (pending ? 1 : -1));
    const int row = rowForName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupPropertiesModel::onEditFailed(const EditFailure &failure)
{
    if (!isCurrent(failure.typeIndex, failure.objectKey))
        return;
    const QString &name = failure.field;
    const auto before = m_beforeValues.constFind(name);
    if (before != m_beforeValues.constEnd()) {
        if (before->isUndefined())
            m_group.properties.remove(name);
        else
            m_group.properties.insert(name, *before);
        m_beforeValues.erase(before);
    }
    m_errors.insert(name, failure.error.userMessage());
    const int row = rowForName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
