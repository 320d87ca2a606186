#pragma once

#include <QComboBox>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

/**
 * A dialog's widget by its object name in the dialog's .ui. Dialogs expose typed values,
 * not their widgets, so tests reach the widgets the way uic named them. A missing name
 * is a broken test, not a result: it stops the test binary with the name it looked for.
 */
template<typename T>
T *uiChild(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("%s has no %s named \"%s\"", parent->metaObject()->className(), T::staticMetaObject.className(), name);
    return child;
}

/// Picks the item of the combo box `name` whose data is `data` (the server value it stands for).
inline void chooseData(const QObject *parent, const char *name, const QVariant &data)
{
    auto *combo = uiChild<QComboBox>(parent, name);
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("combo box \"%s\" has no item for %s", name, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

/// The dialog of type T named `name` that `parent` opens, once it is visible; nullptr when it
/// did not appear within `timeoutMs` (dialogs open from the event loop, not inside the click).
template<typename T>
T *waitForDialog(QWidget *parent, const QString &name, int timeoutMs)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (found = parent->findChild<T *>(name)) != nullptr && found->isVisible(); }, timeoutMs);
    return shown ? found : nullptr;
}
