#include "readonlybanner.h"

#include <QHBoxLayout>
#include <QLabel>

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    // Palette roles instead of fixed colours keep the banner readable in dark themes.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Read-only notice"));
    hide();
}

ReadOnlyBanner::~ReadOnlyBanner() = default;

void ReadOnlyBanner::setReason(const QString &reason)
{
    m_text->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_text->setAccessibleDescription(m_text->text());
    setVisible(!reason.isEmpty());
}

QString ReadOnlyBanner::reason() const
{
    return m_text->text();
}
