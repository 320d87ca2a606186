#include "propertyvaluedelegate.h"

#include "modelroles.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonValue>
#include <QPainter>

PropertyValueDelegate::PropertyValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PropertyValueDelegate::~PropertyValueDelegate() = default;

void PropertyValueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Numbers line up by their digits; a JSON null is not the text "null", so it is drawn dim.
    const QString jsonType = index.data(JsonTypeRole).toString();
    if (jsonType == QLatin1String("number"))
        opt.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    else if (jsonType == QLatin1String("null")) {
        opt.font.setItalic(true);
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    }
    const bool pending = index.data(PendingRole).toBool();
    const bool failed = !index.data(ErrorRole).toString().isEmpty();
    if (failed) {
        // Tint rather than replace the background so selection stays visible in both palettes.
        painter->fillRect(opt.rect, QColor(220, 50, 50, 60));
        if (m_showMarkers)
            opt.text = opt.text + QStringLiteral("  \u26A0");
    }
    if (pending) {
        opt.font.setItalic(true);
        if (m_showMarkers)
            opt.text = opt.text + QLatin1String("  ") + tr("(saving…)");
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    }
    // Draw through the style directly: QStyledItemDelegate::paint() would re-read the
    // text from the model and drop the markers added above.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QWidget *PropertyValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (index.data(JsonTypeRole).toString() == QLatin1String("boolean")) {
        auto *combo = new QComboBox(parent);
        combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
        combo->setAccessibleName(tr("Boolean value"));
        return combo;
    }
    // Nested values are edited in the JSON dialog (GroupDetailPane opens it on double-click):
    // a one-line editor is no place for an object.
    const QString type = index.data(JsonTypeRole).toString();
    if (type == QLatin1String("object") || type == QLatin1String("array"))
        return nullptr;
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor)
        editor->setAccessibleName(tr("Property value"));
    return editor;
}

void PropertyValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(RawValueRole).toJsonValue().toBool() ? 0 : 1);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PropertyValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, QVariant::fromValue(QJsonValue(combo->currentIndex() == 0)), RawValueRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
