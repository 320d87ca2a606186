#include "propertyfilterseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

PropertyFiltersEditor::PropertyFiltersEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Operator"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Event property filters"));
    m_table->setMaximumHeight(110);
    m_add = new QPushButton(tr("Add fi&lter"), this);
    m_add->setAccessibleName(tr("Add property filter"));
    m_remove = new QPushButton(tr("Remove filt&er"), this);
    m_remove->setAccessibleName(tr("Remove property filter"));
    layout->addWidget(m_table, 0, 0, 3, 1);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->setRowStretch(2, 1);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &PropertyFiltersEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT filtersChanged();
    });
}

PropertyFiltersEditor::~PropertyFiltersEditor() = default;

QStringList PropertyFiltersEditor::operators()
{
    return {u"exact"_s, u"is_not"_s, u"icontains"_s, u"not_icontains"_s, u"regex"_s,
            u"gt"_s,    u"lt"_s,     u"is_set"_s,    u"is_not_set"_s};
}

void PropertyFiltersEditor::setFilters(const QJsonArray &properties)
{
    m_updating = true;
    m_table->setRowCount(0);
    m_opaque = {};
    for (const auto &entry : properties) {
        const QJsonObject o = entry.toObject();
        const QJsonValue value = o.value(u"value"_s);
        // Rows hold simple filters only; anything richer stays as it is.
        if (o.value(u"key"_s).isString() && (value.isString() || value.isDouble() || value.isUndefined())
            && operators().contains(o.value(u"operator"_s).toString(u"exact"_s))) {
            addRow(o.value(u"key"_s).toString(), o.value(u"operator"_s).toString(u"exact"_s),
                   value.isDouble() ? QString::number(value.toDouble()) : value.toString());
        } else {
            m_opaque.append(entry);
        }
    }
    m_updating = false;
}

QJsonArray PropertyFiltersEditor::filters() const
{
    QJsonArray result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        const auto *op = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        const QString text = m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
        QJsonObject filter{
            {u"key"_s, key}, {u"operator"_s, op ? op->currentText() : u"exact"_s}, {u"type"_s, u"event"_s}};
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (!op || (op->currentText() != u"is_set" && op->currentText() != u"is_not_set"))
            filter.insert(u"value"_s, isNumber ? QJsonValue(number) : QJsonValue(text));
        result.append(filter);
    }
    for (const auto &entry : m_opaque)
        result.append(entry);
    return result;
}

void PropertyFiltersEditor::addRow(const QString &key, const QString &op, const QString &value)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    auto *combo = new QComboBox(m_table);
    combo->addItems(operators());
    combo->setCurrentText(op);
    combo->setAccessibleName(tr("Operator"));
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT filtersChanged();
    });
    m_table->setCellWidget(row, 1, combo);
    m_table->setItem(row, 2, new QTableWidgetItem(value));
    m_updating = wasUpdating;
    if (!m_updating) {
        m_table->setCurrentCell(row, 0);
        Q_EMIT filtersChanged();
    }
}

void PropertyFiltersEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT filtersChanged();
}
