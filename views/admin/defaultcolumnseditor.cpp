#include "defaultcolumnseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

DefaultColumnsEditor::DefaultColumnsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new QComboBox(this);
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setAccessibleName(tr("Column to add"));
    m_picker->lineEdit()->setPlaceholderText(tr("Property name"));
    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setAccessibleName(tr("Add column"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Default columns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setAccessibleName(tr("Remove column"));
    m_up = new QPushButton(tr("U&p"), this);
    m_up->setAccessibleName(tr("Move column up"));
    m_down = new QPushButton(tr("Do&wn"), this);
    m_down->setAccessibleName(tr("Move column down"));

    layout->addWidget(m_picker, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0, 4, 1);
    layout->addWidget(m_up, 1, 1);
    layout->addWidget(m_down, 2, 1);
    layout->addWidget(m_remove, 3, 1);
    layout->setRowStretch(4, 1);

    connect(m_add, &QPushButton::clicked, this, &DefaultColumnsEditor::addCurrent);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &DefaultColumnsEditor::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &DefaultColumnsEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DefaultColumnsEditor::updateButtons);
    // Drag-and-drop reorders through the model; report it like the buttons do.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &DefaultColumnsEditor::columnsChanged);
    updateButtons();
}

DefaultColumnsEditor::~DefaultColumnsEditor() = default;

void DefaultColumnsEditor::setSuggestions(QAbstractItemModel *model)
{
    const QString text = m_picker->currentText();
    m_picker->setModel(model);
    m_picker->setCurrentIndex(-1);
    m_picker->setEditText(text);
    // QComboBox selects the first suggestion when rows arrive; an empty picker is clearer.
    auto keepTyped = [this] {
        const QString typed = m_picker->lineEdit()->text();
        m_picker->setCurrentIndex(-1);
        m_picker->setEditText(m_picker->findText(typed) == 0 && !m_picker->lineEdit()->isModified() ? QString()
                                                                                                    : typed);
    };
    connect(model, &QAbstractItemModel::modelReset, this, keepTyped);
    connect(model, &QAbstractItemModel::rowsInserted, this, keepTyped);
}

void DefaultColumnsEditor::setColumns(const QStringList &columns)
{
    m_list->clear();
    m_list->addItems(columns);
    updateButtons();
    Q_EMIT columnsChanged();
}

QStringList DefaultColumnsEditor::columns() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->text());
    return result;
}

void DefaultColumnsEditor::addCurrent()
{
    const QString name = m_picker->currentText().trimmed();
    if (name.isEmpty() || columns().contains(name))
        return;
    m_list->addItem(name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_picker->setEditText(QString());
    updateButtons();
    Q_EMIT columnsChanged();
}

void DefaultColumnsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    Q_EMIT columnsChanged();
}

void DefaultColumnsEditor::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
    Q_EMIT columnsChanged();
}

void DefaultColumnsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}
