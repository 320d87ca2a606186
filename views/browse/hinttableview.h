#pragma once

#include <QTableView>

/**
 * A table that says why it is empty ("Loading…", "No activity recorded", an error) in its
 * viewport instead of showing a blank white box. The text is drawn only while the model
 * has no rows.
 */
class HintTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HintTableView)

public:
    explicit HintTableView(QWidget *parent = nullptr);
    ~HintTableView() override;

    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};
