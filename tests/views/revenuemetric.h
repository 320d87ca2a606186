#pragma once

#include "metricdialog.h"
#include "metricfiltersform.h"
#include "uichild.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

/**
 * Fills a new-metric dialog the way a user would, with a metric that touches every
 * field: "Revenue", currency, 30 days, sparkline, sum of `amount` over "invoice paid"
 * events without test accounts. Both admin tests (fake and sandbox server) create it.
 */
inline void fillRevenueMetric(MetricDialog *dialog)
{
    using namespace Qt::StringLiterals;
    uiChild<QLineEdit>(dialog, "nameEdit")->setText(u"Revenue"_s);
    chooseData(dialog, "formatCombo", u"currency"_s);
    chooseData(dialog, "intervalCombo", 30);
    chooseData(dialog, "displayCombo", u"sparkline"_s);
    chooseData(dialog, "mathCombo", u"sum"_s);
    uiChild<QComboBox>(dialog, "mathPropertyCombo")->setEditText(u"amount"_s);
    auto *filters = uiChild<MetricFiltersForm>(dialog, "filtersForm");
    QTest::keyClicks(filters->eventsEdit(), u"invoice paid"_s);
    filters->testAccountsCheck()->setChecked(true);
}
