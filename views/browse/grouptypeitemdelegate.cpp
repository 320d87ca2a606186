#include "grouptypeitemdelegate.h"

#include "grouptype.h"
#include "modelroles.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 4;

QFont subtitleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

GroupTypeItemDelegate::GroupTypeItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

GroupTypeItemDelegate::~GroupTypeItemDelegate() = default;

QString GroupTypeItemDelegate::title(const QModelIndex &index)
{
    return index.data(ObjectRole).value<GroupType>().displayPlural();
}

QString GroupTypeItemDelegate::subtitle(const QModelIndex &index)
{
    const GroupType type = index.data(ObjectRole).value<GroupType>();
    return tr("%1 · index %2").arg(type.codeName).arg(type.index);
}

void GroupTypeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws selection, focus and hover; the two text lines are ours.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled)
            ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setItalic(index.data(PendingRole).toBool());
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(text.left(), text.top(), text.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title(index), Qt::ElideRight, titleRect.width()));

    const QFont smallFont = subtitleFont(opt.font);
    const QFontMetrics smallMetrics(smallFont);
    painter->setFont(smallFont);
    QColor dim = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (selected)
        dim.setAlphaF(0.8f);
    painter->setPen(dim);
    const QRect subRect(text.left(), titleRect.bottom() + 1, text.width(), smallMetrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle(index), Qt::ElideRight, subRect.width()));
    painter->restore();
}

QSize GroupTypeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics titleMetrics(opt.font);
    const QFontMetrics smallMetrics(subtitleFont(opt.font));
    const int width =
        qMax(titleMetrics.horizontalAdvance(title(index)), smallMetrics.horizontalAdvance(subtitle(index)));
    return {width + 4 * kPadding, titleMetrics.height() + smallMetrics.height() + 2 * kPadding};
}
