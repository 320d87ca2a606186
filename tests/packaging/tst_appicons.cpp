// The bundled icons: every action icon and the app icon are in the resources and render
// (which also proves the SVG icon engine is installed), and the theme names are set.
#include "appicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionIcons_data();
    void actionIcons();
    void applicationIcon_data();
    void applicationIcon();
};

void TestAppIcons::actionIcons_data()
{
    QTest::addColumn<int>("action");
    using A = AppIcons::Action;
    const QList<QPair<const char *, A>> all = {
        {"refresh", A::Refresh},   {"search", A::Search},
        {"add", A::Add},           {"remove", A::Remove},
        {"edit", A::Edit},         {"delete", A::Delete},
        {"undo", A::Undo},         {"redo", A::Redo},
        {"export", A::Export},     {"copy", A::Copy},
        {"columns", A::Columns},   {"load-all", A::LoadAll},
        {"settings", A::Settings}, {"connection", A::Connection},
        {"warning", A::Warning},   {"info", A::Info},
    };
    for (const auto &[name, action] : all)
        QTest::newRow(name) << int(action);
}

void TestAppIcons::actionIcons()
{
    QFETCH(int, action);
    const auto a = AppIcons::Action(action);
    const QString path = AppIcons::resourcePath(a);
    QCOMPARE(path, u":/groupdesk/icons/actions/"_s + QString::fromLatin1(QTest::currentDataTag()) + u".svg"_s);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(!AppIcons::themeName(a).isEmpty());

    const QImage image = AppIcons::bundled(a).pixmap(QSize(24, 24)).toImage();
    QVERIFY(!image.isNull());
    // Something was drawn: at least one pixel is not fully transparent.
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; ++y) {
        for (int x = 0; x < image.width() && !painted; ++x)
            painted = qAlpha(image.pixel(x, y)) > 0;
    }
    QVERIFY(painted);
    QVERIFY(!AppIcons::action(a).isNull());
}

void TestAppIcons::applicationIcon_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 128, 256})
        QTest::addRow("%d", size) << size;
}

void TestAppIcons::applicationIcon()
{
    QFETCH(int, size);
    QVERIFY(QFile::exists(u":/groupdesk/icons/app/groupdesk.svg"_s));
    const QPixmap pixmap = AppIcons::application().pixmap(QSize(size, size));
    QCOMPARE(pixmap.size(), QSize(size, size));
    // The centre of the icon is opaque (the rounded square's body).
    QCOMPARE(qAlpha(pixmap.toImage().pixel(size / 2, size / 2)), 255);
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
