#pragma once

#include <QFrame>

class QLabel;

/**
 * A one-line notice shown above an admin table when the connection may only read:
 * says why (missing scope, no editor access, session-only action) so disabled
 * buttons are never a mystery. Hidden while there is no reason.
 */
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBanner)

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);
    ~ReadOnlyBanner() override;

    /// Shows `reason`; an empty reason hides the banner.
    void setReason(const QString &reason);
    QString reason() const;

private:
    QLabel *m_text = nullptr;
};
