// Unit tests of the browse widgets that need no server: export text, JSON parsing,
// the add-property dialog's validation and the banner's error triage.

#include "addpropertydialog.h"
#include "apierror.h"
#include "errorbanner.h"
#include "jsoneditordialog.h"
#include "tableexporter.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTest>

class TestBrowseWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvAndTsv();
    void jsonParse_data();
    void jsonParse();
    void addPropertyValidation_data();
    void addPropertyValidation();
    void bannerTriage_data();
    void bannerTriage();
};

void TestBrowseWidgets::csvField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula kept") << QStringLiteral("=1+2") << QStringLiteral("=1+2");
}

void TestBrowseWidgets::csvField()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TableExporter::csvField(input), expected);
}

void TestBrowseWidgets::csvAndTsv()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Key")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Acme, Inc")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("acme")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("Tab\there")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("tab")));
    QCOMPARE(TableExporter::toCsv(&model), QByteArray("Name,Key\r\n\"Acme, Inc\",acme\r\nTab\there,tab\r\n"));

    QItemSelectionModel selection(&model);
    QCOMPARE(TableExporter::selectionToTsv(&selection), QString());
    selection.select(model.index(1, 0), QItemSelectionModel::Select);
    selection.select(model.index(1, 1), QItemSelectionModel::Select);
    QCOMPARE(TableExporter::selectionToTsv(&selection), QStringLiteral("Name\tKey\nTab here\ttab\n"));
}

void TestBrowseWidgets::jsonParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << true
                            << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    QTest::newRow("array") << QStringLiteral("[1, 2]") << true << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("number") << QStringLiteral("42") << true << QJsonValue(42);
    QTest::newRow("string") << QStringLiteral("\"x\"") << true << QJsonValue(QStringLiteral("x"));
    QTest::newRow("null") << QStringLiteral("null") << true << QJsonValue(QJsonValue::Null);
    QTest::newRow("broken") << QStringLiteral("{\"a\": ") << false << QJsonValue();
    QTest::newRow("two values") << QStringLiteral("1, 2") << false << QJsonValue();
    QTest::newRow("bare word") << QStringLiteral("hello") << false << QJsonValue();
}

void TestBrowseWidgets::jsonParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QJsonValue, expected);
    QString error;
    const auto parsed = JsonEditorDialog::parse(text, &error);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
        // Round trip through the dialog's text form.
        QCOMPARE(*JsonEditorDialog::parse(JsonEditorDialog::toText(expected), nullptr), expected);
    }
}

void TestBrowseWidgets::addPropertyValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("text") << QStringLiteral("plan") << 0 << QStringLiteral("Enterprise") << true
                          << QJsonValue(QStringLiteral("Enterprise"));
    QTest::newRow("number") << QStringLiteral("seats") << 1 << QStringLiteral("12.5") << true << QJsonValue(12.5);
    QTest::newRow("bad number") << QStringLiteral("seats") << 1 << QStringLiteral("twelve") << false << QJsonValue();
    QTest::newRow("bool") << QStringLiteral("paying") << 2 << QStringLiteral("TRUE") << true << QJsonValue(true);
    QTest::newRow("bad bool") << QStringLiteral("paying") << 2 << QStringLiteral("yes") << false << QJsonValue();
    QTest::newRow("json") << QStringLiteral("tags") << 3 << QStringLiteral("[\"a\"]") << true
                          << QJsonValue(QJsonArray{QStringLiteral("a")});
    QTest::newRow("empty name") << QString() << 0 << QStringLiteral("x") << false << QJsonValue();
    QTest::newRow("existing name") << QStringLiteral("name") << 0 << QStringLiteral("x") << false << QJsonValue();
}

void TestBrowseWidgets::addPropertyValidation()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QJsonValue, value);
    AddPropertyDialog dialog({QStringLiteral("name")});
    dialog.setName(name);
    dialog.setValueText(type, text);
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    if (accepted)
        QCOMPARE(dialog.value(), value);
}

void TestBrowseWidgets::bannerTriage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("banner");
    QTest::newRow("missing scope")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"permission_denied","detail":"API key missing required scope 'group:write'"})")
        << true;
    QTest::newRow("needs session")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"permission_denied","detail":"This action does not support personal API key access"})")
        << true;
    QTest::newRow("unauthenticated") << 401 << QByteArray(R"({"detail":"Invalid token."})") << true;
    QTest::newRow("server error") << 500 << QByteArray("oops") << false;
    QTest::newRow("validation") << 400 << QByteArray(R"({"type":"validation_error","detail":"bad","attr":"x"})")
                                << false;
}

void TestBrowseWidgets::bannerTriage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, banner);
    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(ErrorBanner::needsAction(error), banner);
    ErrorBanner widget;
    widget.showError(error);
    QVERIFY(widget.message().contains(error.userMessage()));
}

QTEST_MAIN(TestBrowseWidgets)
#include "tst_browsewidgets.moc"
