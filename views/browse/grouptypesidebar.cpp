#include "grouptypesidebar.h"

#include "grouptype.h"
#include "grouptypeitemdelegate.h"
#include "grouptypesmodel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

GroupTypeSidebar::GroupTypeSidebar(GroupTypesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
{
    auto *title = new QLabel(tr("Group types"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setBuddy(m_view);

    m_view->setModel(model);
    // Plural names read best in a navigation list ("Organizations", "Companies").
    m_view->setModelColumn(GroupTypesModel::PluralName);
    m_view->setItemDelegate(new GroupTypeItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Group types"));
    m_view->setObjectName(QStringLiteral("groupTypeList"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupTypeSidebar::onCurrentChanged);
    // After a reload the selection is gone; keep showing the same type if it still exists.
    connect(model, &GroupTypesModel::loaded, this, [this] {
        const int wanted = m_current;
        m_current = -1;
        if (wanted < 0 || !selectTypeIndex(wanted))
            onCurrentChanged();
    });
}

GroupTypeSidebar::~GroupTypeSidebar() = default;

int GroupTypeSidebar::currentTypeIndex() const
{
    return m_current;
}

bool GroupTypeSidebar::selectTypeIndex(int typeIndex)
{
    if (!m_model)
        return false;
    const int row = m_model->rowForIndex(typeIndex);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, GroupTypesModel::PluralName));
    onCurrentChanged();
    return true;
}

void GroupTypeSidebar::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid())
        return;
    const GroupType type = m_model->groupType(current.row());
    if (type.index == m_current)
        return;
    m_current = type.index;
    Q_EMIT currentTypeChanged(type);
}
