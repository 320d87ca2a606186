#include "tabnavigation.h"

#include <QAbstractItemView>

void TabNavigation::leaveTablesWithTab(QWidget *root)
{
    if (!root)
        return;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}
