#include "hinttableview.h"

#include <QPainter>

HintTableView::HintTableView(QWidget *parent)
    : QTableView(parent)
{ }

HintTableView::~HintTableView() = default;

void HintTableView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    // Screen readers get the same explanation the eye does.
    setAccessibleDescription(text);
    viewport()->update();
}

void HintTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(12, 12, -12, -12);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}
