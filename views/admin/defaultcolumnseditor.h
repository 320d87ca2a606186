#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QListWidget;
class QPushButton;

/**
 * Picks and orders a group type's default columns: an editable combo box offers the
 * type's property names (any model, usually PropertyDefinitionsModel) and accepts free
 * entry; the list can be reordered and pruned with buttons or the keyboard.
 */
class DefaultColumnsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultColumnsEditor)

public:
    explicit DefaultColumnsEditor(QWidget *parent = nullptr);
    ~DefaultColumnsEditor() override;

    void setSuggestions(QAbstractItemModel *model);
    void setColumns(const QStringList &columns);
    QStringList columns() const;

    QComboBox *picker() const { return m_picker; }
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    /// Appends the picker's text (ignored when empty or already listed).
    void addCurrent();
    void removeSelected();
    void moveSelected(int delta);

Q_SIGNALS:
    void columnsChanged();

private:
    void updateButtons();

    QComboBox *m_picker = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};
