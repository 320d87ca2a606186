#pragma once

#include <QPointer>
#include <QWidget>

class GroupTypesModel;
class QListView;
struct GroupType;

/**
 * The list of group types on the left of the main window. Selecting a type shows its
 * groups. Does not own the model (one GroupTypesModel per connection).
 */
class GroupTypeSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTypeSidebar)

public:
    explicit GroupTypeSidebar(GroupTypesModel *model, QWidget *parent = nullptr);
    ~GroupTypeSidebar() override;

    /// Index (0-4) of the selected type, or -1.
    int currentTypeIndex() const;
    /// Selects the type with this index; false when it is not loaded.
    bool selectTypeIndex(int typeIndex);
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void currentTypeChanged(const GroupType &type);

private:
    void onCurrentChanged();

    QPointer<GroupTypesModel> m_model;
    QListView *m_view = nullptr;
    int m_current = -1;
};
