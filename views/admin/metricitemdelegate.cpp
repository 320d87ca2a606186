#include "metricitemdelegate.h"

#include "modelroles.h"
#include "usagemetric.h"
#include "usagemetricsmodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

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

/// The cell an interval editor writes to (set in createEditor()).
constexpr char kIntervalCell[] = "groupdeskIntervalCell";

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
        auto *line = new QLineEdit(parent);
        line->setObjectName(QStringLiteral("intervalEditor"));
        line->setAccessibleName(tr("Interval in days"));
        line->setProperty(kIntervalCell, QVariant::fromValue(QPersistentModelIndex(index)));
        // The model says why it refused; the message belongs next to the text it is about.
        if (const auto *metrics = qobject_cast<const UsageMetricsModel *>(index.model())) {
            connect(metrics, &UsageMetricsModel::editRejected, line, [line](int, const QString &, const QString &why) {
                line->setToolTip(why);
                line->setAccessibleDescription(why);
                QToolTip::showText(line->mapToGlobal(QPoint(0, line->height())), why, line);
            });
        }
        return line;
    }
    return PendingStyleDelegate::createEditor(parent, option, index);
}

void MetricItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString raw = rawText(index);
        // A value this client has no choice for (a newer server's) is offered as it is,
        // never swapped for the first choice.
        if (combo->findData(raw) < 0)
            combo->addItem(UsageMetric::label(raw), raw);
        combo->setCurrentIndex(combo->findData(raw));
        return;
    }
    if (editor->property(kIntervalCell).isValid()) {
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(rawText(index));
            return;
        }
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
    if (editor->property(kIntervalCell).isValid()) {
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->text().trimmed() != rawText(index))
            model->setData(index, line->text().trimmed(), Qt::EditRole);
        return;
    }
    PendingStyleDelegate::setModelData(editor, model, index);
}

bool MetricItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (!line || event->type() != QEvent::KeyPress || !line->property(kIntervalCell).isValid())
        return PendingStyleDelegate::eventFilter(object, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Tab && key != Qt::Key_Backtab)
        return PendingStyleDelegate::eventFilter(object, event);
    const auto cell = line->property(kIntervalCell).value<QPersistentModelIndex>();
    const QString text = line->text().trimmed();
    if (cell.isValid() && text != rawText(cell)) {
        auto *model = const_cast<QAbstractItemModel *>(cell.model());
        // Refused: keep the editor and what was typed; the message arrives via editRejected.
        if (!model->setData(cell, text, Qt::EditRole))
            return true;
    }
    Q_EMIT closeEditor(line, QAbstractItemDelegate::NoHint);
    return true;
}
