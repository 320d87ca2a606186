#include "errorbanner.h"

#include "apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A warm tint that works in light and dark palettes: mix the window colour with amber.
    setAutoFillBackground(true);
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor amber(255, 196, 0);
    pal.setColor(QPalette::Window, QColor((base.red() * 3 + amber.red()) / 4, (base.green() * 3 + amber.green()) / 4,
                                          (base.blue() * 3 + amber.blue()) / 4));
    setPalette(pal);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Error message"));
    m_action->setAccessibleName(tr("Error action"));
    m_close->setAccessibleName(tr("Dismiss error"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

bool ErrorBanner::needsAction(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthenticated:
    case ApiError::Kind::MissingScope:
    case ApiError::Kind::NeedsSession:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Tls:
        return true;
    default:
        return false;
    }
}

QString ErrorBanner::adviceFor(const ApiError &error)
{
    QString what = error.userMessage();
    switch (error.kind()) {
    case ApiError::Kind::MissingScope:
        return what + QLatin1Char(' ')
               + tr("Edit the personal API key in PostHog (Settings → Personal API keys) and add the missing scope.");
    case ApiError::Kind::NeedsSession:
        return what + QLatin1Char(' ') + tr("Do this in the PostHog web app; everything else keeps working here.");
    case ApiError::Kind::Unauthenticated:
        return what + QLatin1Char(' ') + tr("Check the API key in the connection settings.");
    default:
        return what;
    }
}

void ErrorBanner::showMessage(const QString &message, const QString &actionText)
{
    m_text->setText(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void ErrorBanner::showError(const ApiError &error)
{
    const bool keyProblem = error.kind() == ApiError::Kind::Unauthenticated;
    showMessage(adviceFor(error), keyProblem ? tr("Connection settings…") : QString());
}

QColor ErrorBanner::errorTextColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(255, 120, 120) : QColor(190, 30, 30);
}

QString ErrorBanner::message() const
{
    return m_text->text();
}
