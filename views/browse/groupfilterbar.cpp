#include "groupfilterbar.h"

#include "groupsmodel.h"
#include "posthogclient.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QVBoxLayout>

GroupFilterBar::GroupFilterBar(PostHogClient *client, GroupsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_property(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add filter"), this))
    , m_mode(new QLabel(this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
    , m_chipRow(new QHBoxLayout)
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setObjectName(QStringLiteral("groupFilterBar"));
    m_property->setEditable(true);
    m_property->setInsertPolicy(QComboBox::NoInsert);
    m_property->setAccessibleName(tr("Filter property"));
    m_property->setToolTip(tr("Group property to filter on"));
    m_property->lineEdit()->setPlaceholderText(tr("Property"));
    m_property->lineEdit()->setAccessibleName(tr("Filter property name"));
    m_property->setMinimumContentsLength(12);
    for (const GroupPropertyFilter::Operator op : GroupPropertyFilter::operators())
        m_operator->addItem(GroupPropertyFilter::operatorLabel(op), int(op));
    m_operator->setAccessibleName(tr("Filter operator"));
    m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_value->setCompleter(m_completer);
    m_add->setAccessibleName(tr("Add filter"));
    m_mode->setAccessibleName(tr("Browsing mode"));
    m_mode->setObjectName(QStringLiteral("browsingMode"));
    m_mode->setWordWrap(true);
    m_total->setAccessibleName(tr("Matching groups"));
    m_message->setAccessibleName(tr("Filter problem"));
    m_message->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_message->hide();

    auto *inputs = new QHBoxLayout;
    inputs->addWidget(m_property, 2);
    inputs->addWidget(m_operator, 1);
    inputs->addWidget(m_value, 2);
    inputs->addWidget(m_add);
    inputs->addWidget(m_total);
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_chipRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(inputs);
    layout->addLayout(m_chipRow);
    layout->addWidget(m_message);
    layout->addWidget(m_mode);

    // Suggestions follow the typed value, asked for once typing pauses.
    m_suggestTimer.setSingleShot(true);
    m_suggestTimer.setInterval(300);
    connect(&m_suggestTimer, &QTimer::timeout, this, &GroupFilterBar::requestSuggestions);
    connect(m_value, &QLineEdit::textEdited, &m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_property, &QComboBox::currentTextChanged, &m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_operator, &QComboBox::currentIndexChanged, this, &GroupFilterBar::updateValueEnabled);
    connect(m_add, &QPushButton::clicked, this, &GroupFilterBar::addFromInputs);
    connect(m_value, &QLineEdit::returnPressed, this, &GroupFilterBar::addFromInputs);
    connect(m_model, &GroupsModel::queryAccessChanged, this, &GroupFilterBar::updateMode);
    connect(m_model, &GroupsModel::totalMatchesChanged, this, &GroupFilterBar::updateTotal);
    connect(m_model, &GroupsModel::loadedCountChanged, this, &GroupFilterBar::updateTotal);
    connect(m_model, &GroupsModel::pageLoaded, this, &GroupFilterBar::refreshPropertyNames);
    setTabOrder(m_property, m_operator);
    setTabOrder(m_operator, m_value);
    setTabOrder(m_value, m_add);
    updateMode();
    updateTotal();
    updateValueEnabled();
}

GroupFilterBar::~GroupFilterBar()
{
    if (m_client)
        m_client->cancelAll(this);
}

QString GroupFilterBar::settingsKey() const
{
    // Per connection (server and project) and type; property names are not secret.
    QString server = m_client ? m_client->settings().baseUrl.host() : QString();
    const QString project = m_client ? m_client->settings().projectId : QString();
    return QStringLiteral("groupFilters/%1/%2/%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(server)),
             QString::fromLatin1(QUrl::toPercentEncoding(project.isEmpty() ? QStringLiteral("@current") : project)))
        .arg(m_typeIndex);
}

void GroupFilterBar::setGroupType(int typeIndex)
{
    m_typeIndex = typeIndex;
    m_filters.clear();
    const QJsonArray saved = QJsonDocument::fromJson(QSettings().value(settingsKey()).toByteArray()).array();
    for (const QJsonValue value : saved) {
        if (const auto filter = GroupPropertyFilter::fromJson(value.toObject()))
            m_filters.append(*filter);
    }
    m_property->clear();
    m_value->clear();
    m_message->hide();
    rebuildChips();
    m_model->setFilters(m_filters);
}

bool GroupFilterBar::addFilter(const GroupPropertyFilter &filter)
{
    if (const QString problem = filter.problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return false;
    }
    m_message->hide();
    if (!m_filters.contains(filter))
        m_filters.append(filter);
    apply();
    return true;
}

void GroupFilterBar::removeFilter(int index)
{
    if (index < 0 || index >= m_filters.size())
        return;
    m_filters.removeAt(index);
    apply();
    // Keep keyboard users in the bar: focus the next chip, else the property box.
    if (!m_chips.isEmpty())
        m_chips.at(qMin(index, int(m_chips.size()) - 1))->setFocus();
    else
        m_property->setFocus();
}

void GroupFilterBar::addFromInputs()
{
    GroupPropertyFilter filter;
    filter.key = m_property->currentText().trimmed();
    filter.op = GroupPropertyFilter::Operator(m_operator->currentData().toInt());
    filter.value = GroupPropertyFilter::takesValue(filter.op) ? m_value->text().trimmed() : QString();
    if (addFilter(filter))
        m_value->clear();
}

void GroupFilterBar::apply()
{
    QJsonArray saved;
    for (const GroupPropertyFilter &filter : std::as_const(m_filters))
        saved.append(filter.toJson(m_typeIndex));
    if (m_typeIndex >= 0)
        QSettings().setValue(settingsKey(), QJsonDocument(saved).toJson(QJsonDocument::Compact));
    rebuildChips();
    m_model->setFilters(m_filters);
}

void GroupFilterBar::rebuildChips()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        const GroupPropertyFilter &filter = m_filters.at(i);
        auto *chip = new QPushButton(filter.displayText() + QStringLiteral("  \u2715"), this);
        chip->setFlat(false);
        chip->setAccessibleName(tr("Remove filter: %1").arg(filter.displayText()));
        chip->setToolTip(tr("Remove this filter"));
        chip->setObjectName(QStringLiteral("filterChip"));
        connect(chip, &QPushButton::clicked, this, [this, i] { removeFilter(int(i)); });
        m_chipRow->insertWidget(int(i), chip);
        m_chips.append(chip);
    }
}

void GroupFilterBar::updateMode()
{
    const QueryAccess access = m_model->queryAccess();
    if (access.isQuery())
        m_mode->setText(tr("Mode: query API (sorting, filters and counts on the server)."));
    else
        m_mode->setText(tr("Mode: REST list. %1").arg(access.message));
    const bool query = access.isQuery();
    m_property->setEnabled(query);
    m_operator->setEnabled(query);
    m_add->setEnabled(query);
    updateValueEnabled();
    for (QPushButton *chip : std::as_const(m_chips))
        chip->setEnabled(query);
    m_total->setVisible(query);
}

void GroupFilterBar::updateTotal()
{
    const qint64 total = m_model->totalMatches();
    m_total->setText(total < 0    ? QString()
                     : total == 1 ? tr("1 group matches")
                                  : tr("%1 groups match").arg(QLocale().toString(total)));
}

void GroupFilterBar::updateValueEnabled()
{
    const auto op = GroupPropertyFilter::Operator(m_operator->currentData().toInt());
    m_value->setEnabled(m_model->isQueryMode() && GroupPropertyFilter::takesValue(op));
}

void GroupFilterBar::refreshPropertyNames()
{
    const QStringList names = m_model->knownPropertyNames();
    if (names.size() == m_property->count())
        return;
    const QString typed = m_property->currentText();
    m_property->blockSignals(true);
    m_property->clear();
    m_property->addItems(names);
    m_property->setCurrentText(typed);
    m_property->blockSignals(false);
}

void GroupFilterBar::requestSuggestions()
{
    const QString property = m_property->currentText().trimmed();
    if (!m_client || property.isEmpty() || m_typeIndex < 0)
        return;
    m_client->cancelAll(this);
    m_client->propertyValues(m_typeIndex, property, m_value->text().trimmed(), this,
                             [this](const ApiResult<QList<PropertyCount>> &result) {
                                 if (!result.ok())
                                     return; // suggestions are a help, not a need
                                 QStringList values;
                                 for (const PropertyCount &entry : result.value)
                                     values.append(entry.name);
                                 m_suggestions->setStringList(values);
                             });
}
