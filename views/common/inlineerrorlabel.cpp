#include "inlineerrorlabel.h"

#include "errorbanner.h"

#include <QEvent>

InlineErrorLabel::InlineErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    applyColour();
    hide();
}

InlineErrorLabel::~InlineErrorLabel() = default;

void InlineErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // Follow the system when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange
        && palette().color(QPalette::WindowText) != ErrorBanner::errorTextColor(palette()))
        applyColour();
}

void InlineErrorLabel::applyColour()
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, ErrorBanner::errorTextColor(pal));
    setPalette(pal);
}
