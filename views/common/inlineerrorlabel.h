#pragma once

#include <QLabel>

/**
 * The message under a field that the user or the server got wrong: word-wrapped plain
 * text, bold, in an error colour that stays legible in light and dark palettes
 * (ErrorBanner::errorTextColor), selectable so it can be copied into a bug report.
 * Hidden while empty.
 */
class InlineErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineErrorLabel)

public:
    explicit InlineErrorLabel(QWidget *parent = nullptr);
    ~InlineErrorLabel() override;

    /// Shows `message` (hides the label when it is empty).
    void showMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
};
