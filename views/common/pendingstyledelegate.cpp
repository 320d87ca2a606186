#include "pendingstyledelegate.h"

#include "modelroles.h"

#include <QApplication>
#include <QStyle>

PendingStyleDelegate::PendingStyleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PendingStyleDelegate::~PendingStyleDelegate() = default;

void PendingStyleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PendingRole).toBool())
        option->font.setItalic(true);
    // A blank cell reads as "still loading" or "broken"; a dim dash says "not set".
    if (option->text.isEmpty()) {
        option->text = QStringLiteral("\u2014");
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    // Only the first column carries the icon so a failed row is marked once.
    if (index.column() == 0 && !index.data(ErrorRole).toString().isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
}
