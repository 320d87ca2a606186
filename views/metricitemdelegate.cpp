#include "metricitemdelegate.h"

#include "modelroles.h"
#include "usagemetric.h"
#include "usagemetricsmodel.h"

#include <QComboBox>
#include <QSpinBox>

namespace {
QStringList choicesFor(int column)
{
    switch (column) {
    case UsageMetricsModel::Format:
        return UsageMetric::formats();
    case UsageMetricsModel::Display:
        return UsageMetric::displays();
    case UsageMetricsModel::Calculation:
        return UsageMetric::maths();
    default:
        return {};
    }
}

QString rawText(const QModelIndex &index)
{
    const QVariant raw = index.data(RawValueRole);
    return raw.isValid() ? raw.toString() : index.data(Qt::EditRole).toString();
}
} // namespace

MetricItemDelegate::MetricItemDelegate(QObject *parent)
    : PendingStyleDelegate(parent)
{ }

MetricItemDelegate::~MetricItemDelegate() = default;

QWidget *MetricItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QStringList choices = choicesFor(index.column());
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : choices)
            combo->addItem(UsageMetric::label(choice), choice);
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    if (index.column() == UsageMetricsModel::Interval) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, 3650);
        spin->setSuffix(tr(" days"));
        spin->setAccessibleName(tr("Interval in days"));
        return spin;
    }
    return PendingStyleDelegate::createEditor(parent, option, index);
}

void MetricItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(rawText(index))));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(RawValueRole).isValid() ? index.data(RawValueRole).toInt()
                                                          : index.data(Qt::EditRole).toInt());
        return;
    }
    PendingStyleDelegate::setEditorData(editor, index);
}

void MetricItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData().toString() != rawText(index))
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    PendingStyleDelegate::setModelData(editor, model, index);
}
